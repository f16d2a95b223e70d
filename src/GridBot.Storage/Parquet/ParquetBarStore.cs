using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// <see cref="IBarStore"/> over day partitions wherever they are kept (<see cref="IBarPartitions"/>): a Parquet part
/// per series and UTC day (see <see cref="BarParquetFile"/>). Each day is replaced whole in one step; an upsert over
/// several days that fails part-way keeps the days it finished. One writer per series at a time (the caller's rule);
/// readers may run alongside it.
/// </summary>
internal sealed class ParquetBarStore(IBarPartitions partitions) : IBarStore
{
    private const long LatestOpenTimeMs = 253_402_300_799_999L;

    public async Task<Result<BarUpsertSummary>> UpsertAsync(BarSeries series, IReadOnlyCollection<Bar> bars, CancellationToken ct)
    {
        Guard.NotNull(series);
        Guard.NotNull(bars);
        ct.ThrowIfCancellationRequested();
        var byDay = new SortedDictionary<long, Dictionary<long, Bar>>();
        foreach (var bar in bars)
        {
            if (Problem(bar) is { } problem)
            {
                return BarStoreErrors.BadBar(string.Create(CultureInfo.InvariantCulture, $"{series} bar at {bar.OpenTimeMs}: {problem}"));
            }

            var day = BarPartitionLayout.DayOf(bar.OpenTimeMs);
            if (!byDay.TryGetValue(day, out var dayBars))
            {
                byDay[day] = dayBars = [];
            }

            dayBars[bar.OpenTimeMs] = bar;
        }

        if (byDay.Count > 0 && await partitions.PrepareWriteAsync(ct).ConfigureAwait(false) is { } unprepared)
        {
            return unprepared;
        }

        var summary = new BarUpsertSummary(0, 0, 0);
        foreach (var (day, incoming) in byDay)
        {
            ct.ThrowIfCancellationRequested();
            var merged = await MergeDayAsync(series, day, incoming, ct).ConfigureAwait(false);
            if (!merged.IsSuccess)
            {
                return merged.Error;
            }

            summary = new BarUpsertSummary(
                summary.DaysWritten + merged.Value.DaysWritten,
                summary.BarsAdded + merged.Value.BarsAdded,
                summary.BarsChanged + merged.Value.BarsChanged);
        }

        return summary;
    }

    public async Task<Result<IReadOnlyList<Bar>>> LoadAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct)
    {
        Guard.NotNull(series);
        ct.ThrowIfCancellationRequested();
        if (toMs <= fromMs)
        {
            return BarStoreErrors.BadRange(fromMs, toMs);
        }

        long firstDay = BarPartitionLayout.DayOf(fromMs), lastDay = BarPartitionLayout.DayOf(toMs - 1);
        var parts = await ReadDaysAsync(series, d => d >= firstDay && d <= lastDay, ct).ConfigureAwait(false);
        if (!parts.IsSuccess)
        {
            return parts.Error;
        }

        var bars = new List<Bar>(parts.Value.Sum(p => p.Length));
        foreach (var part in parts.Value)
        {
            foreach (var bar in part)
            {
                if (bar.OpenTimeMs >= fromMs && bar.OpenTimeMs < toMs)
                {
                    bars.Add(bar);
                }
            }
        }

        return bars;
    }

    public async Task<Result<long?>> LastOpenTimeAsync(BarSeries series, CancellationToken ct)
    {
        Guard.NotNull(series);
        ct.ThrowIfCancellationRequested();
        var days = await SortedDaysAsync(series, ct).ConfigureAwait(false);
        if (!days.IsSuccess)
        {
            return days.Error;
        }

        // The newest day could be an empty part; then the newest bar is in an earlier one.
        for (var i = days.Value.Length - 1; i >= 0; i--)
        {
            var part = await partitions.ReadDayAsync(series, days.Value[i], ct).ConfigureAwait(false);
            if (!part.IsSuccess)
            {
                return part.Error;
            }

            if (part.Value.Length > 0)
            {
                return Result<long?>.Ok(part.Value[^1].OpenTimeMs);
            }
        }

        return Result<long?>.Ok(null);
    }

    public async Task<Result<IReadOnlyList<BarTimeRange>>> PlanGapsAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct)
    {
        var loaded = await LoadAsync(series, fromMs, toMs, ct).ConfigureAwait(false);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var times = loaded.Value.Select(b => b.OpenTimeMs).ToArray();
        var phase = times.Length > 0 ? times[0] : 0L;
        return Result<IReadOnlyList<BarTimeRange>>.Ok(BarGapPlanner.Plan(times, phase, series.Interval.Milliseconds, fromMs, toMs));
    }

    public async Task<Result<IReadOnlyList<BarSeriesInfo>>> ListSeriesAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var stored = await partitions.StoredSeriesAsync(ct).ConfigureAwait(false);
        if (!stored.IsSuccess)
        {
            return stored.Error;
        }

        var infos = new List<BarSeriesInfo>();
        foreach (var series in stored.Value.Distinct().OrderBy(s => s.ToString(), StringComparer.Ordinal))
        {
            var parts = await ReadDaysAsync(series, _ => true, ct).ConfigureAwait(false);
            if (!parts.IsSuccess)
            {
                return parts.Error;
            }

            var nonEmpty = parts.Value.Where(p => p.Length > 0).ToArray();
            if (nonEmpty.Length > 0)
            {
                infos.Add(new BarSeriesInfo(series, nonEmpty[0][0].OpenTimeMs, nonEmpty[^1][^1].OpenTimeMs, nonEmpty.Sum(p => (long)p.Length)));
            }
        }

        return infos;
    }

    /// <summary>Reads the day, merges <paramref name="incoming"/> by open time and rewrites it when anything changed.</summary>
    private async Task<Result<BarUpsertSummary>> MergeDayAsync(BarSeries series, long day, Dictionary<long, Bar> incoming, CancellationToken ct)
    {
        var existing = await partitions.ReadDayAsync(series, day, ct).ConfigureAwait(false);
        if (!existing.IsSuccess)
        {
            return existing.Error;
        }

        var merged = new SortedDictionary<long, Bar>();
        foreach (var bar in existing.Value)
        {
            merged[bar.OpenTimeMs] = bar;
        }

        int added = 0, changed = 0;
        foreach (var (time, bar) in incoming)
        {
            if (!merged.TryGetValue(time, out var old))
            {
                added++;
            }
            else if (old != bar)
            {
                changed++;
            }

            merged[time] = bar;
        }

        if (added + changed == 0)
        {
            return new BarUpsertSummary(0, 0, 0);
        }

        var written = await partitions.WriteDayAsync(series, day, [.. merged.Values], ct).ConfigureAwait(false);
        return written.IsSuccess ? new BarUpsertSummary(1, added, changed) : written.Error;
    }

    private async Task<Result<long[]>> SortedDaysAsync(BarSeries series, CancellationToken ct)
    {
        var days = await partitions.StoredDaysAsync(series, ct).ConfigureAwait(false);
        return days.IsSuccess ? days.Value.Distinct().Order().ToArray() : days.Error;
    }

    private async Task<Result<Bar[][]>> ReadDaysAsync(BarSeries series, Func<long, bool> wanted, CancellationToken ct)
    {
        var days = await SortedDaysAsync(series, ct).ConfigureAwait(false);
        return days.IsSuccess
            ? await BarPartitionReader.ReadAllAsync(partitions, series, [.. days.Value.Where(wanted)], ct).ConfigureAwait(false)
            : days.Error;
    }

    private static string? Problem(Bar bar) =>
        (bar.OpenTimeMs < 0 || bar.OpenTimeMs > LatestOpenTimeMs ? "open time outside 1970-01-01..9999-12-31" : null)
        ?? bar.Problem()
        ?? BarDecimalColumn.ExactnessProblem(bar.Open)
        ?? BarDecimalColumn.ExactnessProblem(bar.High)
        ?? BarDecimalColumn.ExactnessProblem(bar.Low)
        ?? BarDecimalColumn.ExactnessProblem(bar.Close)
        ?? BarDecimalColumn.ExactnessProblem(bar.Volume);
}
