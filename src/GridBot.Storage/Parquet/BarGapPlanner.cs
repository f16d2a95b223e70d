using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// The open-time ranges in [from, to) with no stored bar, on a grid of the interval: phased like the stored bars
/// (the first stored open time), or like the epoch when nothing is stored.
/// </summary>
internal static class BarGapPlanner
{
    /// <param name="stored">Stored open times in [from, to), ascending.</param>
    /// <param name="phaseMs">An open time on the series' grid.</param>
    public static IReadOnlyList<BarTimeRange> Plan(IReadOnlyList<long> stored, long phaseMs, long intervalMs, long fromMs, long toMs)
    {
        var gaps = new List<BarTimeRange>();
        var expected = AlignUp(fromMs, phaseMs, intervalMs);
        foreach (var time in stored)
        {
            if (time > expected)
            {
                Add(gaps, expected, Math.Min(time, toMs), intervalMs);
            }

            expected = Math.Max(expected, AlignUp(time + 1, phaseMs, intervalMs));
        }

        Add(gaps, expected, toMs, intervalMs);
        return gaps;
    }

    private static void Add(List<BarTimeRange> gaps, long fromMs, long toMs, long intervalMs)
    {
        if (toMs > fromMs)
        {
            gaps.Add(new BarTimeRange(fromMs, toMs, ((toMs - fromMs) + intervalMs - 1) / intervalMs));
        }
    }

    /// <summary>The first grid time ≥ <paramref name="timeMs"/>.</summary>
    private static long AlignUp(long timeMs, long phaseMs, long intervalMs)
    {
        var offset = (timeMs - phaseMs) % intervalMs;
        if (offset < 0)
        {
            offset += intervalMs;
        }

        return offset == 0 ? timeMs : timeMs + (intervalMs - offset);
    }
}
