namespace GridBot.Core.Bots;

/// <summary>
/// The running figures the safety monitor reads. Equity is capital plus realized and unrealized PnL less fees, in
/// quote. <see cref="Day"/> is the UTC day number of <see cref="DayStartEquity"/>; API errors reset each day.
/// </summary>
public sealed record BotRisk(
    decimal PeakEquity,
    decimal DayStartEquity,
    long Day,
    int ConsecutiveLosses = 0,
    int ApiErrors = 0,
    decimal? LastPrice = null);
