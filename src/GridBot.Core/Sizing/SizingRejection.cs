namespace GridBot.Core.Sizing;

/// <summary>Why an order breaks a symbol's rules. Names match what venues report as filter failures.</summary>
public enum SizingRejection
{
    NonPositivePrice,
    NonPositiveQuantity,
    BelowMinQuantity,
    AboveMaxQuantity,
    BelowMinNotional,
    AboveMaxNotional,
    InvalidQuantityPrecision,
    InvalidPricePrecision,
    OutsidePercentPrice,
}
