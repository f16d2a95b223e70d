namespace GridBot.Core.Kpis;

/// <summary>
/// Performance figures. Ratios are fractions (0.1 = 10 %). <see cref="MaxDrawdown"/> is ≥ 0.
/// <see cref="ProfitFactor"/> is null when there is no losing trade (the ratio is unbounded, and +∞ does not
/// serialize to JSON). Sharpe and Sortino are annualized from daily returns (see <see cref="KpiCalculator"/>).
/// </summary>
public sealed record KpiReport(
    decimal StartEquity,
    decimal FinalEquity,
    decimal TotalReturn,
    decimal MaxDrawdown,
    double Sharpe,
    double Sortino,
    int DailyReturnCount,
    int RoundTrips,
    int Wins,
    decimal WinRate,
    decimal GrossProfit,
    decimal GrossLoss,
    decimal? ProfitFactor,
    decimal NetPnl,
    decimal AverageTrade);
