using System.CommandLine;
using System.Globalization;
using GridBot.Backtesting.Data;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Heuristics;
using GridBot.Core.Market;

namespace GridBot.Cli;

/// <summary>
/// The grid to run: from <c>--lower/--upper/--levels</c>, or, when none is given, from the baseline heuristic on a
/// warm-up window at the start of the data (the first day, at most a fifth of the bars). The warm-up bars are then
/// left out of the backtest so the grid never sees the future it trades.
/// </summary>
public sealed record GridChoice(decimal Lower, decimal Upper, int Levels, GridSpacing Spacing, Bar[] Bars, string Source)
{
    /// <param name="minStep">Smallest step between levels the heuristic may propose (twice the round-trip maker fee).</param>
    public static Result<GridChoice> Resolve(decimal? lower, decimal? upper, int? levels, GridSpacing spacing, Bar[] bars, decimal tick, decimal minStep)
    {
        var given = new object?[] { lower, upper, levels }.Count(v => v is not null);
        if (given == 3)
        {
            return new GridChoice(lower!.Value, upper!.Value, levels!.Value, spacing, bars, "options");
        }

        if (given != 0)
        {
            return new Error(ErrorKind.Other, "BadOptions", "give all of --lower, --upper and --levels, or none to let the baseline heuristic choose");
        }

        var warmup = Math.Min(WarmupBars(bars), bars.Length / 5);
        if (warmup < 15)
        {
            return new Error(ErrorKind.Other, "TooFewBars",
                $"{bars.Length} bars are too few to choose a grid from a warm-up window: give --lower, --upper and --levels");
        }

        var suggestion = BaselineHeuristic.Suggest(Primary(bars[..warmup]), new BaselineHeuristicOptions { TickSize = tick, MinStepFraction = minStep });
        if (!suggestion.IsSuccess)
        {
            return suggestion.Error;
        }

        var s = suggestion.Value;
        var source = string.Create(CultureInfo.InvariantCulture,
            $"baseline heuristic on the first {warmup:N0} bars (warm-up, not traded): ATR% {s.AtrPercent:F2}, {s.Regime} volatility, confidence {s.Confidence:F2}{(s.Reason.Contains("capped", StringComparison.Ordinal) ? $", {s.Levels} levels to clear fees" : string.Empty)}");
        return new GridChoice(s.Lower, s.Upper, s.Levels, spacing, bars[warmup..], source);
    }

    /// <summary>The heuristic reads the 15m primary timeframe: finer bars are resampled to it, coarser ones used as they are.</summary>
    public static IReadOnlyList<Bar> Primary(Bar[] bars)
    {
        var interval = BarIntervals.DetectMs(bars);
        if (interval <= 0 || interval >= PrimaryMs)
        {
            return bars;
        }

        var resampled = BarResampler.Resample(bars, TimeSpan.FromMilliseconds(PrimaryMs));
        return resampled.IsSuccess ? resampled.Value : bars;
    }

    private const long PrimaryMs = 15 * 60_000;

    private static int WarmupBars(Bar[] bars)
    {
        var interval = BarIntervals.DetectMs(bars);
        return interval > 0 ? (int)Math.Max(15, 86_400_000 / interval) : 15;
    }
}
