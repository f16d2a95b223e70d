using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>
/// OHLCV bars by series, partitioned by UTC day of open time. Bars are unique by open time within a series.
/// Expected failures (an unreadable or corrupt partition, a bar that cannot be stored exactly) are <see cref="Error"/>s.
/// </summary>
public interface IBarStore
{
    /// <summary>
    /// Merges <paramref name="bars"/> (any order) into the series: each affected day is rewritten whole, keyed by open
    /// time, a given bar replacing a stored one with the same open time (the last given wins). Idempotent.
    /// </summary>
    Task<Result<BarUpsertSummary>> UpsertAsync(BarSeries series, IReadOnlyCollection<Bar> bars, CancellationToken ct);

    /// <summary>The stored bars with open time in [<paramref name="fromMs"/>, <paramref name="toMs"/>), oldest first.</summary>
    Task<Result<IReadOnlyList<Bar>>> LoadAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct);

    /// <summary>The open time of the series' newest bar, or null when nothing is stored.</summary>
    Task<Result<long?>> LastOpenTimeAsync(BarSeries series, CancellationToken ct);

    /// <summary>
    /// The open-time ranges in [<paramref name="fromMs"/>, <paramref name="toMs"/>) with no stored bar, oldest first,
    /// on the series' interval grid (phased like the stored bars, or on the epoch when there are none): what to fetch.
    /// </summary>
    Task<Result<IReadOnlyList<BarTimeRange>>> PlanGapsAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct);

    /// <summary>Every stored series with its first and last open time and bar count.</summary>
    Task<Result<IReadOnlyList<BarSeriesInfo>>> ListSeriesAsync(CancellationToken ct);
}
