using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// <see cref="IBarStore"/> on the local file system: a Parquet file per series and UTC day under
/// <c>{root}/bars/{venue}/{market}/{symbol}/{interval}/dt=YYYY-MM-DD/part-0.parquet</c> (see <see cref="BarParquetFile"/>).
/// Each day is replaced atomically; an upsert over several days that fails part-way keeps the days it finished.
/// One writer per series at a time (the caller's rule); readers may run alongside it.
/// </summary>
public sealed class LocalParquetBarStore : IBarStore
{
    private const long LatestOpenTimeMs = 253_402_300_799_999L;
    private readonly BarPartitionLayout _layout;

    public LocalParquetBarStore(string root)
    {
        _layout = new BarPartitionLayout(Guard.NotBlank(root));
    }

    /// <summary>The <c>bars</c> folder under the root.</summary>
    public string BarsFolder => _layout.BarsFolder;

    /// <summary>The part file holding <paramref name="series"/>' bars of the UTC day of <paramref name="openTimeMs"/>.</summary>
    public string PartitionPath(BarSeries series, long openTimeMs) =>
        _layout.PartPath(Guard.NotNull(series), BarPartitionLayout.DayOf(openTimeMs));

    public async Task<Result<BarUpsertSummary>> UpsertAsync(BarSeries series, IReadOnlyCollection<Bar> bars, CancellationToken ct)
    {
        Guard.NotNull(series);
        Guard.NotNull(bars);
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

        int days = 0, added = 0, changed = 0;
        foreach (var (day, incoming) in byDay)
        {
            ct.ThrowIfCancellationRequested();
            var path = _layout.PartPath(series, day);
            var merged = new SortedDictionary<long, Bar>();
            if (File.Exists(path))
            {
                var existing = await BarParquetFile.ReadAsync(path, ct).ConfigureAwait(false);
                if (!existing.IsSuccess)
                {
                    return existing.Error;
                }

                foreach (var bar in existing.Value)
                {
                    merged[bar.OpenTimeMs] = bar;
                }
            }

            int dayAdded = 0, dayChanged = 0;
            foreach (var (time, bar) in incoming)
            {
                if (!merged.TryGetValue(time, out var old))
                {
                    dayAdded++;
                }
                else if (old != bar)
                {
                    dayChanged++;
                }

                merged[time] = bar;
            }

            if (dayAdded + dayChanged == 0)
            {
                continue;
            }

            var written = await BarParquetFile.WriteAsync(path, [.. merged.Values], ct).ConfigureAwait(false);
            if (!written.IsSuccess)
            {
                return written.Error;
            }

            days++;
            added += dayAdded;
            changed += dayChanged;
        }

        return new BarUpsertSummary(days, added, changed);
    }

    public async Task<Result<IReadOnlyList<Bar>>> LoadAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct)
    {
        Guard.NotNull(series);
        if (toMs <= fromMs)
        {
            return BarStoreErrors.BadRange(fromMs, toMs);
        }

        long firstDay = BarPartitionLayout.DayOf(fromMs), lastDay = BarPartitionLayout.DayOf(toMs - 1);
        var days = StoredDays(series);
        if (!days.IsSuccess)
        {
            return days.Error;
        }

        var paths = days.Value.Where(d => d.Day >= firstDay && d.Day <= lastDay).Select(d => d.Path).ToArray();
        var parts = await BarPartitionReader.ReadAllAsync(paths, ct).ConfigureAwait(false);
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
        var days = StoredDays(series);
        if (!days.IsSuccess)
        {
            return days.Error;
        }

        if (days.Value.Count == 0)
        {
            return Result<long?>.Ok(null);
        }

        var last = await BarParquetFile.ReadAsync(days.Value[^1].Path, ct).ConfigureAwait(false);
        return last.IsSuccess ? Result<long?>.Ok(last.Value.Length == 0 ? null : last.Value[^1].OpenTimeMs) : last.Error;
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
        var infos = new List<BarSeriesInfo>();
        IReadOnlyList<BarSeries> stored;
        try
        {
            stored = _layout.StoredSeries();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BarStoreErrors.Unlistable(_layout.BarsFolder, e);
        }

        foreach (var series in stored)
        {
            var days = StoredDays(series);
            if (!days.IsSuccess)
            {
                return days.Error;
            }

            if (days.Value.Count == 0)
            {
                continue;
            }

            var parts = await BarPartitionReader.ReadAllAsync([.. days.Value.Select(d => d.Path)], ct).ConfigureAwait(false);
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

    private Result<IReadOnlyList<(long Day, string Path)>> StoredDays(BarSeries series)
    {
        try
        {
            return Result<IReadOnlyList<(long Day, string Path)>>.Ok(_layout.StoredDays(series));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BarStoreErrors.Unlistable(_layout.SeriesFolder(series), e);
        }
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
