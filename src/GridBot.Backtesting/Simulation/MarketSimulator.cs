using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Simulation;

/// <summary>
/// A seeded, deterministic BTC-like market of 1-minute bars for demos and tests that must run without data files:
/// a regime chain (<see cref="SimRegime"/>) with per-regime drift, volatility, idle bars, durations and volume
/// calibrated against real BTC 1m bars (numbers in <see cref="SimRegimeProfile"/>).
/// Guarantees: the same <see cref="SimulatorOptions"/> give the same bars on every run and .NET version (own PRNG;
/// <see cref="SimRandom"/> states the one platform caveat); every bar is consistent (<see cref="Bar.Problem"/> is null) with prices on the tick
/// and ≥ one tick; bar t+1 opens at bar t's close; open times are exactly one minute apart.
/// Thread-safe: each generation call starts its own state from the seed.
/// </summary>
public sealed class MarketSimulator
{
    public MarketSimulator(SimulatorOptions options)
    {
        Guard.NotNull(options);
        var problem = options.Problem();
        Guard.That(problem is null, $"invalid simulator options: {problem}");
        Options = options;
    }

    public SimulatorOptions Options { get; }

    /// <summary>Streams the bars lazily; enumerating twice gives the same bars.</summary>
    public IEnumerable<Bar> Generate()
    {
        var cursor = new SimulatorCursor(Options);
        for (var i = 0; i < Options.Bars; i++)
        {
            yield return cursor.Next().Bar;
        }
    }

    /// <summary>Streams the bars with the regime that produced each.</summary>
    public IEnumerable<SimulatedBar> GenerateWithRegimes()
    {
        var cursor = new SimulatorCursor(Options);
        for (var i = 0; i < Options.Bars; i++)
        {
            yield return cursor.Next();
        }
    }

    public Bar[] GenerateArray() => Fill(new Bar[Options.Bars], null);

    /// <summary>All bars at once, with <paramref name="regimes"/>[i] the regime of bar i.</summary>
    public Bar[] GenerateArray(out SimRegime[] regimes)
    {
        regimes = new SimRegime[Options.Bars];
        return Fill(new Bar[Options.Bars], regimes);
    }

    private Bar[] Fill(Bar[] bars, SimRegime[]? regimes)
    {
        var cursor = new SimulatorCursor(Options);
        for (var i = 0; i < bars.Length; i++)
        {
            var next = cursor.Next();
            bars[i] = next.Bar;
            if (regimes is not null)
            {
                regimes[i] = next.Regime;
            }
        }

        return bars;
    }
}
