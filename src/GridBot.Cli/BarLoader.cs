using System.Globalization;
using GridBot.Backtesting.Data;
using GridBot.Backtesting.Simulation;
using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Cli;

/// <summary>Turns <c>--data</c> into bars: a CSV file, or the built-in simulator for <c>sim:SEED[:BARS]</c> or no value.</summary>
public static class BarLoader
{
    public const string DefaultSimulation = "sim:42";

    public static Result<BarSet> Load(string? data, long? fromMs, long? toMs, CancellationToken ct = default)
    {
        var spec = string.IsNullOrWhiteSpace(data) ? DefaultSimulation : data.Trim();
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

    public static string Describe(long? ms) =>
        ms is { } v ? DateTimeOffset.FromUnixTimeMilliseconds(v).ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "the start/end";

    /// <summary>The line that says where bars came from; for simulated bars it says plainly that they are not market data.</summary>
    public static string Banner(BarSet set) => set.Simulated
        ? string.Create(CultureInfo.InvariantCulture,
            $"Simulated bars ({set.Source}): {set.Bars.Length:N0} 1m bars from the built-in market simulator, {Describe(set.Bars[0].OpenTimeMs)} to {Describe(set.Bars[^1].OpenTimeMs)} — not real market data.")
        : string.Create(CultureInfo.InvariantCulture,
            $"Bars: {set.Source}: {set.Bars.Length:N0} bars of {BarIntervals.Format(set.Interval)}, {Describe(set.Bars[0].OpenTimeMs)} to {Describe(set.Bars[^1].OpenTimeMs)}.");
}
