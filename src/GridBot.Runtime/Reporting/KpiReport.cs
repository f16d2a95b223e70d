namespace GridBot.Runtime.Reporting;

/// <summary>
/// A KPI snapshot for a period: each bot (by id), the portfolio per quote asset, and the registered bots the host had
/// no state for (<see cref="Missing"/>, left out of the figures).
/// </summary>
public sealed record KpiReport(ReportPeriod Period, long GeneratedMs, IReadOnlyList<BotKpi> Bots, IReadOnlyList<PortfolioKpi> Portfolio, IReadOnlyList<string> Missing);
