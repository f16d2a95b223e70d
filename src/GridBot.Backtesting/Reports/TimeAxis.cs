using GridBot.Core.Market;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// Round UTC ticks (minutes to years) for an axis whose x is the bar index; each tick sits on the first bar at or
/// after its time, so gaps in the bars do not bend the axis.
/// </summary>
internal static class TimeAxis
{
    private const long MinuteMs = 60_000;
    private const long DayMs = 1_440 * MinuteMs;

    // 1970-01-05 was a Monday: week ticks fall on Mondays.
    private const long MondayOffsetMs = 4 * DayMs;

    private static readonly long[] FixedStepsMinutes = [1, 5, 15, 30, 60, 120, 240, 360, 720, 1_440, 2_880, 10_080, 20_160];
    private static readonly int[] MonthSteps = [1, 2, 3, 6, 12, 24, 60, 120];

    public static List<TimeTick> Ticks(IReadOnlyList<Bar> bars, int target)
    {
        if (bars.Count == 0)
        {
            return [];
        }

        var first = bars[0].OpenTimeMs;
        var last = bars[^1].OpenTimeMs;
        var span = Math.Max(last - first, 1);
        foreach (var minutes in FixedStepsMinutes)
        {
            var step = minutes * MinuteMs;
            if (span / step <= target)
            {
                var format = step >= DayMs ? "yyyy-MM-dd" : "MM-dd HH:mm";
                var offset = step >= 7 * DayMs ? MondayOffsetMs : 0;
                return Place(bars, FixedTimes(first, last, step, offset), format);
            }
        }

        foreach (var months in MonthSteps)
        {
            if (span / (months * 31 * DayMs) <= target)
            {
                return Place(bars, MonthTimes(first, last, months), months >= 12 ? "yyyy" : "yyyy-MM");
            }
        }

        return Place(bars, MonthTimes(first, last, 240), "yyyy");
    }

    private static IEnumerable<long> FixedTimes(long first, long last, long step, long offset)
    {
        var start = first - offset;
        var t = (start >= 0 ? (start + step - 1) / step : start / step) * step + offset;
        for (; t <= last; t += step)
        {
            yield return t;
        }
    }

    private static IEnumerable<long> MonthTimes(long first, long last, int months)
    {
        var start = DateTimeOffset.FromUnixTimeMilliseconds(first).UtcDateTime;
        var monthIndex = start.Year * 12 + start.Month - 1;
        monthIndex = (monthIndex + months - 1) / months * months;
        for (; ; monthIndex += months)
        {
            var t = new DateTimeOffset(monthIndex / 12, monthIndex % 12 + 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            if (t > last)
            {
                yield break;
            }

            if (t >= first)
            {
                yield return t;
            }
        }
    }

    private static List<TimeTick> Place(IReadOnlyList<Bar> bars, IEnumerable<long> times, string format)
    {
        var ticks = new List<TimeTick>();
        foreach (var t in times)
        {
            var index = FirstAtOrAfter(bars, t);
            if (index < bars.Count && (ticks.Count == 0 || ticks[^1].BarIndex != index))
            {
                ticks.Add(new TimeTick(index, SvgText.Time(t, format)));
            }
        }

        return ticks;
    }

    private static int FirstAtOrAfter(IReadOnlyList<Bar> bars, long timeMs)
    {
        int lo = 0, hi = bars.Count;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (bars[mid].OpenTimeMs < timeMs)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
