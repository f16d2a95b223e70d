namespace GridBot.Core.Grid;

public enum LevelSizingMode
{
    /// <summary>Every order is the same base quantity.</summary>
    BaseQuantity,
    /// <summary>Every buy spends about the same quote amount: <c>floor_to_step(quote / p_i)</c>.</summary>
    QuotePerLevel,
}
