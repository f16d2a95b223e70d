namespace GridBot.Cli;

/// <summary>
/// The one JSON object <c>gridbot backtest --json</c> prints. Money fields are exact decimals. The grid's trailing
/// ("none", "up", "down", "both"), shift limit (null when it does not trail) and triggers are what it ran;
/// <see cref="TrailShifts"/>, <see cref="ExitReason"/> ("StopLoss", "TakeProfit" or null) and <see cref="ExitTimeMs"/>
/// what happened. Equity change = <see cref="GridProfit"/> (round trips, before fees) − fees + <see cref="InventoryPnl"/>.
/// </summary>
public sealed record BacktestJson(
    string Data,
    bool Simulated,
    int Bars,
    string Interval,
    int Gaps,
    decimal Lower,
    decimal Upper,
    int Levels,
    string Mode,
    string GridSource,
    int Fills,
    int Buys,
    int Sells,
    int RoundTrips,
    decimal StartingCapital,
    decimal RequiredCapital,
    decimal StartPrice,
    decimal FinalPrice,
    decimal FinalEquity,
    decimal ReturnPct,
    decimal GridProfit,
    decimal Fees,
    double MaxDrawdownPct,
    double Sharpe,
    decimal BuyAndHoldReturnPct,
    double ElapsedMs,
    double BarsPerSecond,
    string? Report)
{
    public string Trailing { get; init; } = "none";

    public int? MaxTrailShifts { get; init; }

    public decimal? StopLoss { get; init; }

    public decimal? TakeProfit { get; init; }

    public int TrailShifts { get; init; }

    public string? ExitReason { get; init; }

    public long? ExitTimeMs { get; init; }

    public decimal InventoryPnl { get; init; }
}
