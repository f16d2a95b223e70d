using GridBot.Core.Common;

namespace GridBot.Core.Sizing;

/// <summary>Quantities and values (seed <c>SizingCalculator</c>). Quantities are base units, values quote units.</summary>
public static class OrderSizing
{
    /// <summary>
    /// The largest quantity that <paramref name="balance"/> (quote) buys at <paramref name="price"/> including the fee:
    /// <c>floor_to_step(balance / (price × (1 + fee)))</c>.
    /// </summary>
    public static decimal MaxQuantity(decimal balance, decimal price, decimal feeRate, decimal step)
    {
        Guard.Positive(price);
        Guard.NonNegative(feeRate);
        return balance <= 0m ? 0m : Increments.FloorToStep(balance / (price * (1m + feeRate)), step);
    }

    /// <summary>Quote capital per level when <paramref name="capital"/> is spread evenly over <paramref name="orderLevels"/> orders.</summary>
    public static decimal QuotePerLevel(decimal capital, int orderLevels) =>
        Guard.NonNegative(capital) / Guard.Positive(orderLevels);

    /// <summary>A grid level's order quantity for a quote amount: <c>floor_to_step(quote / price)</c>.</summary>
    public static decimal GridOrderQuantity(decimal quotePerLevel, decimal price, decimal step) =>
        Increments.FloorToStep(Guard.NonNegative(quotePerLevel) / Guard.Positive(price), step);

    /// <summary>The smallest step multiple whose notional reaches <paramref name="minNotional"/> at <paramref name="price"/>.</summary>
    public static decimal MinQuantityForNotional(decimal minNotional, decimal price, decimal step) =>
        Increments.CeilToStep(Guard.NonNegative(minNotional) / Guard.Positive(price), step);

    /// <summary>Market value (quote) of a position of <paramref name="quantity"/> base at <paramref name="price"/>; sign-free.</summary>
    public static decimal PositionValue(decimal quantity, decimal price) => Math.Abs(quantity) * price;
}
