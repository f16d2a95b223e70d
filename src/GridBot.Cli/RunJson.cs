namespace GridBot.Cli;

/// <summary>
/// <c>gridbot run --paper --json</c> and <c>gridbot demo --json</c>: the backtest's fields plus the runtime's.
/// <see cref="GridProfit"/> is the round trips' profit before fees; with <see cref="Fees"/> and <see cref="InventoryPnl"/>
/// it adds up to the change in equity. <see cref="LossStreak"/> counts losing round trips in a row at the end.
/// </summary>
public sealed record RunJson(
    string BotId,
    string Db,
    string Status,
    string? StatusReason,
    string Data,
    bool Simulated,
    int Bars,
    decimal Lower,
    decimal Upper,
    int Levels,
    string Mode,
    string GridSource,
    int Fills,
    int Buys,
    int Sells,
    int RoundTrips,
    int Orders,
    int Cancels,
    int SafetyActions,
    int LedgerFills,
    decimal StartingCapital,
    decimal StartPrice,
    decimal FinalPrice,
    decimal FinalEquity,
    decimal ReturnPct,
    decimal GridProfit,
    decimal Fees,
    decimal InventoryPnl,
    string Trailing,
    int TrailShifts,
    decimal? StopLoss,
    decimal? TakeProfit,
    string? ExitReason,
    int LossStreak,
    double MaxDrawdownPct,
    double Sharpe,
    decimal BuyAndHoldReturnPct,
    double ElapsedMs,
    double BarsPerSecond,
    string? Report);
