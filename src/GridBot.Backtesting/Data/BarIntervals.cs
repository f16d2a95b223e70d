using System.Globalization;
using System.Runtime.InteropServices;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Data;

/// <summary>Bar spacing: detection from open times, gap finding and short names (<c>1m</c>, <c>2h</c>).</summary>
public static class BarIntervals
{
    /// <summary>
    /// The most common positive difference between consecutive open times, in ms (the smaller one on a tie);
    /// 0 when there are fewer than two bars. Robust to gaps, which are rarer than regular steps.
    /// </summary>
    public static long DetectMs(ReadOnlySpan<Bar> bars)
    {
        if (bars.Length < 2)
        {
            return 0;
        }

        var counts = new Dictionary<long, int>();
        for (var i = 1; i < bars.Length; i++)
        {
            var step = bars[i].OpenTimeMs - bars[i - 1].OpenTimeMs;
            if (step > 0)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, step, out _)++;
            }
        }

        long best = 0;
        var bestCount = 0;
        foreach (var (step, count) in counts)
        {
            if (count > bestCount || (count == bestCount && step < best))
            {
                (best, bestCount) = (step, count);
            }
        }

        return best;
    }

    /// <summary>Every step longer than <paramref name="intervalMs"/>; a gap of d ms holds ceil(d / interval) − 1 missing bars.</summary>
    public static IReadOnlyList<BarGap> FindGaps(ReadOnlySpan<Bar> bars, long intervalMs)
    {
        var gaps = new List<BarGap>();
        if (intervalMs <= 0)
        {
            return gaps;
        }

        for (var i = 1; i < bars.Length; i++)
        {
            var step = bars[i].OpenTimeMs - bars[i - 1].OpenTimeMs;
            if (step > intervalMs)
            {
                gaps.Add(new BarGap(bars[i - 1].OpenTimeMs, bars[i].OpenTimeMs, (step - 1) / intervalMs));
            }
        }

        return gaps;
    }

    /// <summary>The largest whole unit: <c>1d</c>, <c>2h</c>, <c>15m</c>, <c>30s</c>, <c>250ms</c>; <c>0</c> for zero.</summary>
    public static string Format(TimeSpan interval)
    {
        var ms = (long)interval.TotalMilliseconds;
        (long Size, string Unit)[] units = [(86_400_000, "d"), (3_600_000, "h"), (60_000, "m"), (1_000, "s")];
        foreach (var (size, unit) in units)
        {
            if (ms != 0 && ms % size == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{ms / size}{unit}");
            }
        }

        return ms == 0 ? "0" : string.Create(CultureInfo.InvariantCulture, $"{ms}ms");
    }
}
