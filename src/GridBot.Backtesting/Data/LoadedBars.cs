using System.Globalization;
using System.Text;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Data;

/// <summary>
/// Bars read from <see cref="Source"/>, strictly ascending by open time and each consistent (<see cref="Bar.Problem"/>).
/// <see cref="Interval"/> is the most common step (zero for a single bar). Gaps are reported, never filled.
/// </summary>
public sealed record LoadedBars(string Source, Bar[] Bars, TimeSpan Interval, IReadOnlyList<BarGap> Gaps)
{
    public int GapCount => Gaps.Count;

    public long MissingBars
    {
        get
        {
            long total = 0;
            foreach (var gap in Gaps)
            {
                total += gap.MissingBars;
            }

            return total;
        }
    }

    /// <summary>The gap with the most missing bars (the earliest on a tie), or null when there is none.</summary>
    public BarGap? LargestGap
    {
        get
        {
            BarGap? largest = null;
            foreach (var gap in Gaps)
            {
                if (largest is null || gap.MissingBars > largest.Value.MissingBars)
                {
                    largest = gap;
                }
            }

            return largest;
        }
    }

    /// <summary>One sentence for a log or console when there are gaps; null when the series is complete.</summary>
    public string? GapWarning => LargestGap is { } largest ? Warning(largest) : null;

    /// <summary>Analyses <paramref name="bars"/> (already validated and sorted) for interval and gaps.</summary>
    public static LoadedBars From(string source, Bar[] bars)
    {
        var intervalMs = BarIntervals.DetectMs(bars);
        return new LoadedBars(source, bars, TimeSpan.FromMilliseconds(intervalMs), BarIntervals.FindGaps(bars, intervalMs));
    }

    private string Warning(BarGap largest)
    {
        var first = Gaps[0];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{Source}: {GapCount:N0} gap{(GapCount == 1 ? "" : "s")} in {Bars.Length:N0} bars of {BarIntervals.Format(Interval)}, ");
        text.Append(CultureInfo.InvariantCulture,
            $"{MissingBars:N0} missing bar{(MissingBars == 1 ? "" : "s")} in all; largest {largest.MissingBars:N0} after {BarTime.Format(largest.AfterOpenTimeMs)}, ");
        text.Append(CultureInfo.InvariantCulture,
            $"first {first.MissingBars:N0} after {BarTime.Format(first.AfterOpenTimeMs)}. Gaps are not filled.");
        return text.ToString();
    }
}
