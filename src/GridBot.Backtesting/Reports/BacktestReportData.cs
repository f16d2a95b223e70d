using GridBot.Backtesting.Kernel;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// What one backtest report shows. <see cref="Equity"/>[i] and <see cref="BuyAndHold"/>[i] are the values marked at
/// the close of <see cref="Bars"/>[i] (same length as <see cref="Bars"/>, in quote); bars are in time order.
/// KPIs are shown in the given order, as given (already formatted).
/// </summary>
public sealed record BacktestReportData(
    string Title,
    string Subtitle,
    IReadOnlyList<KeyValuePair<string, string>> Kpis,
    IReadOnlyList<Bar> Bars,
    IReadOnlyList<decimal> LevelPrices,
    IReadOnlyList<SimFill> Fills,
    IReadOnlyList<double> Equity,
    IReadOnlyList<double> BuyAndHold);
