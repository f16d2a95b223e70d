using GridBot.Core.Common;

namespace GridBot.Core.Market;

/// <summary>
/// A venue's trading rules for one symbol, validated on construction (like Lean's SymbolProperties).
/// Prices are multiples of <see cref="TickSize"/>, quantities multiples of <see cref="StepSize"/>;
/// notional = price × quantity in quote currency. Min notional is inclusive.
/// </summary>
public sealed record SymbolRules
{
    public SymbolRules(
        Symbol symbol,
        decimal tickSize,
        decimal stepSize,
        decimal minQuantity = 0m,
        decimal maxQuantity = decimal.MaxValue,
        decimal minNotional = 0m,
        decimal maxNotional = decimal.MaxValue,
        PercentPriceBand? percentPrice = null,
        int? maxOpenOrders = null)
    {
        Symbol = Guard.NotNull(symbol);
        TickSize = Guard.Positive(tickSize);
        StepSize = Guard.Positive(stepSize);
        MinQuantity = Guard.NonNegative(minQuantity);
        MaxQuantity = Guard.Positive(maxQuantity);
        MinNotional = Guard.NonNegative(minNotional);
        MaxNotional = Guard.Positive(maxNotional);
        Guard.That(MinQuantity <= MaxQuantity, "min quantity must not exceed max quantity");
        Guard.That(MinNotional <= MaxNotional, "min notional must not exceed max notional");
        PercentPrice = percentPrice;
        MaxOpenOrders = maxOpenOrders is null ? null : Guard.Positive(maxOpenOrders.Value);
    }

    public Symbol Symbol { get; }

    public decimal TickSize { get; }

    public decimal StepSize { get; }

    public decimal MinQuantity { get; }

    public decimal MaxQuantity { get; }

    public decimal MinNotional { get; }

    public decimal MaxNotional { get; }

    public PercentPriceBand? PercentPrice { get; }

    public int? MaxOpenOrders { get; }

    /// <summary>Rules that accept any order on a 0.01 tick and 0.00001 step (the backtester's defaults).</summary>
    public static SymbolRules Permissive(Symbol symbol, decimal tickSize = 0.01m, decimal stepSize = 0.00001m, decimal minNotional = 0m) =>
        new(symbol, tickSize, stepSize, minNotional: minNotional);
}
