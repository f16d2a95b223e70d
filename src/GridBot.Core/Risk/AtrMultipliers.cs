namespace GridBot.Core.Risk;

/// <summary>Take-profit and stop-loss distances as multiples of ATR.</summary>
public sealed record AtrMultipliers(decimal TakeProfit, decimal StopLoss)
{
    /// <summary>
    /// Trend: TP 3×, SL 1.5× (let winners run, 2:1). Range: TP 1.5×, SL 1× (mean reversion is short-lived).
    /// Unknown: TP 2×, SL 1×.
    /// </summary>
    public static AtrMultipliers For(TradeRegime regime) => regime switch
    {
        TradeRegime.Trend => new(3m, 1.5m),
        TradeRegime.Range => new(1.5m, 1m),
        TradeRegime.Unknown => new(2m, 1m),
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "unmapped regime"),
    };
}
