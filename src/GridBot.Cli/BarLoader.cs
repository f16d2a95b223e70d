using System.Globalization;
using GridBot.Backtesting.Data;
using GridBot.Backtesting.Simulation;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;

namespace GridBot.Cli;

/// <summary>
/// Turns <c>--data</c> into bars: a CSV file, a Parquet root folder (with the series the command's options pick), or the
/// built-in simulator for <c>sim:SEED[:BARS]</c> or no value.
/// </summary>
public static class BarLoader
{
    public const string DefaultSimulation = "sim:42";

    /// <summary>One past the latest open time the Parquet store holds (9999-12-31T23:59:59.999Z).</summary>
    private const long StoreEndMs = 253_402_300_800_000L;

    public static Result<BarSet> Load(string? data, long? fromMs, long? toMs, CancellationToken ct = default) =>
        Load(data, () => new Error(ErrorKind.Other, "NoSeriesOptions", $"--data '{data}' is a folder (a Parquet root); this command cannot pick a series from it"), fromMs, toMs, ct);

    /// <summary>As <see cref="Load(string?, long?, long?, CancellationToken)"/>; a folder is a Parquet root and <paramref name="series"/> names the series.</summary>
    public static Result<BarSet> Load(string? data, Func<Result<BarSeries>> series, long? fromMs, long? toMs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        var spec = string.IsNullOrWhiteSpace(data) ? DefaultSimulation : data.Trim();
        if (IsStoreRoot(spec))
        {
            var picked = series();
            return picked.IsSuccess ? FromStore(spec, picked.Value, fromMs, toMs, ct) : picked.Error;
        }

        var loaded = SimulatorSpec.IsSpec(spec) ? Simulate(spec) : FromFile(spec, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var set = loaded.Value;
        if (fromMs is null && toMs is null)
        {
            return set;
        }

        var bars = set.Bars.Where(b => b.OpenTimeMs >= (fromMs ?? long.MinValue) && b.OpenTimeMs <= (toMs ?? long.MaxValue)).ToArray();
        if (bars.Length == 0)
        {
            return new Error(ErrorKind.Other, "NoBarsInWindow",
                $"{set.Source}: no bars between {Describe(fromMs)} and {Describe(toMs)} (the data spans {Describe(set.Bars[0].OpenTimeMs)} to {Describe(set.Bars[^1].OpenTimeMs)})");
        }

        return set with { Bars = bars };
    }

    private static Result<BarSet> Simulate(string spec)
    {
        if (!SimulatorSpec.TryParse(spec, out var options))
        {
            return new Error(ErrorKind.Other, "BadSimSpec", $"--data '{spec}': use sim:SEED or sim:SEED:BARS (e.g. sim:42 or sim:7:10080)");
        }

        var bars = new MarketSimulator(options).Generate().ToArray();
        return new BarSet(spec, bars, TimeSpan.FromMinutes(1), Simulated: true, Gaps: 0, Warning: null);
    }

    private static Result<BarSet> FromFile(string path, CancellationToken ct)
    {
        var loaded = BarCsvReader.Load(path, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var file = loaded.Value;
        return new BarSet(path, file.Bars, file.Interval, Simulated: false, file.GapCount, file.GapWarning);
    }

    /// <summary>True when <paramref name="data"/> is an existing folder: a Parquet root rather than a CSV file.</summary>
    public static bool IsStoreRoot(string? data) => !string.IsNullOrWhiteSpace(data) && Directory.Exists(data.Trim());

    /// <summary>
    /// The series' bars in [from, to] (inclusive, as for CSV) from the Parquet root, analysed for interval and gaps exactly
    /// as a CSV file of the same bars is. When the interval is not stored but a finer stored interval of the same
    /// venue/market/symbol divides it, the finest such is loaded and resampled (the source says "resampled from 1m").
    /// A missing series or an unreadable partition is an error naming it.
    /// </summary>
    public static Result<BarSet> FromStore(string root, BarSeries series, long? fromMs, long? toMs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(series);
        var store = new LocalParquetBarStore(root);
        var from = Math.Max(fromMs ?? 0L, 0L);
        var to = toMs is { } t && t < StoreEndMs ? t + 1 : StoreEndMs;
        if (to <= from)
        {
            return NoBars(root, series, fromMs, toMs);
        }

        var loaded = store.LoadAsync(series, from, to, ct).GetAwaiter().GetResult();
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        if (loaded.Value.Count == 0)
        {
            var last = store.LastOpenTimeAsync(series, ct).GetAwaiter().GetResult();
            if (!last.IsSuccess)
            {
                return last.Error;
            }

            return last.Value is null ? Resampled(store, root, series, from, to, fromMs, toMs, ct) : NoBars(root, series, fromMs, toMs);
        }

        return ToSet($"{root} ({series})", loaded.Value);
    }

    /// <summary>
    /// The series built from the finest stored interval that divides it: the target buckets with open time in [from, to),
    /// each from all its finer bars (a bucket opening before --from is left out, as its bar would be from a CSV).
    /// </summary>
    private static Result<BarSet> Resampled(LocalParquetBarStore store, string root, BarSeries series, long from, long to, long? fromMs, long? toMs, CancellationToken ct)
    {
        var listed = store.ListSeriesAsync(ct).GetAwaiter().GetResult();
        if (!listed.IsSuccess)
        {
            return listed.Error;
        }

        var targetMs = series.Interval.Milliseconds;
        var finer = listed.Value
            .Select(i => i.Series)
            .Where(s => s.Venue == series.Venue && s.Market == series.Market && s.Symbol == series.Symbol
                && s.Interval.Milliseconds < targetMs && targetMs % s.Interval.Milliseconds == 0)
            .OrderBy(s => s.Interval.Milliseconds)
            .FirstOrDefault();
        if (finer is null)
        {
            return new Error(ErrorKind.Other, "SeriesNotStored",
                $"--data '{root}': series {series} is not stored there, nor a finer interval that divides it (see 'gridbot data show --data {root}')");
        }

        var firstBucket = (from + targetMs - 1) / targetMs * targetMs;
        var endBucket = to >= StoreEndMs - targetMs ? StoreEndMs : Math.Min(StoreEndMs, (to + targetMs - 1) / targetMs * targetMs);
        if (endBucket <= firstBucket)
        {
            return NoBars(root, series, fromMs, toMs);
        }

        var loaded = store.LoadAsync(finer, firstBucket, endBucket, ct).GetAwaiter().GetResult();
        if (!loaded.IsSuccess)
        {
            return loaded.Error;
        }

        var bars = loaded.Value.Where(b => b.OpenTimeMs / targetMs * targetMs < to).Select(TrimBar).ToArray();
        var resampled = BarResampler.Resample(bars, TimeSpan.FromMilliseconds(finer.Interval.Milliseconds), TimeSpan.FromMilliseconds(targetMs));
        if (!resampled.IsSuccess)
        {
            return resampled.Error;
        }

        return resampled.Value.Length == 0
            ? NoBars(root, series, fromMs, toMs)
            : ToSet($"{root} ({series}, resampled from {finer.Interval})", resampled.Value);
    }

    private static BarSet ToSet(string source, IReadOnlyList<Bar> stored)
    {
        // The store keeps values, not scales (a day's column has one scale): print them the way a CSV writes them, without trailing zeros.
        var file = LoadedBars.From(source, [.. stored.Select(TrimBar)]);
        return new BarSet(file.Source, file.Bars, file.Interval, Simulated: false, file.GapCount, file.GapWarning);
    }

    private static Bar TrimBar(Bar b) => new(b.OpenTimeMs, Trim(b.Open), Trim(b.High), Trim(b.Low), Trim(b.Close), Trim(b.Volume));

    /// <summary><paramref name="value"/> with no trailing zeros after the point (the same value).</summary>
    private static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    private static Error NoBars(string root, BarSeries series, long? fromMs, long? toMs) =>
        new(ErrorKind.Other, "NoBarsInWindow", $"{root} ({series}): no bars between {Describe(fromMs)} and {Describe(toMs)}");

    public static string Describe(long? ms) =>
        ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v).ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "the start/end";

    /// <summary>The line that says where bars came from; for simulated bars it says plainly that they are not market data.</summary>
    public static string Banner(BarSet set) => set.Simulated
        ? string.Create(CultureInfo.InvariantCulture,
            $"Simulated bars ({set.Source}): {set.Bars.Length:N0} 1m bars from the built-in market simulator, {Describe(set.Bars[0].OpenTimeMs)} to {Describe(set.Bars[^1].OpenTimeMs)} — not real market data.")
        : string.Create(CultureInfo.InvariantCulture,
            $"Bars: {set.Source}: {set.Bars.Length:N0} bars of {BarIntervals.Format(set.Interval)}, {Describe(set.Bars[0].OpenTimeMs)} to {Describe(set.Bars[^1].OpenTimeMs)}.");
}
