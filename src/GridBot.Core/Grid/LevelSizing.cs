using GridBot.Core.Common;

namespace GridBot.Core.Grid;

/// <summary>How much each grid order trades: a fixed base quantity, or a quote amount per level.</summary>
public sealed record LevelSizing
{
    public LevelSizing(LevelSizingMode mode, decimal amount)
    {
        Mode = mode;
        Amount = Guard.Positive(amount);
    }

    public LevelSizingMode Mode { get; }

    public decimal Amount { get; }

    public static LevelSizing Base(decimal quantity) => new(LevelSizingMode.BaseQuantity, quantity);

    public static LevelSizing Quote(decimal quotePerLevel) => new(LevelSizingMode.QuotePerLevel, quotePerLevel);
}
