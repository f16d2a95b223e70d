using GridBot.Core.Common;

namespace GridBot.Core.Kpis;

/// <summary>Daily resampling of an equity curve and return statistics.</summary>
public static class DailyReturns
{
    private const long MsPerDay = 86_400_000L;

    /// <summary>Crypto trades every calendar day, so annualization uses 365 days, not 252.</summary>
    public static readonly double AnnualizationFactor = Math.Sqrt(365.0);

    /// <summary>
    /// The last equity of each UTC calendar day, from the curve's first day to its last. A day without points
    /// carries the previous close forward (equity did not change that we know of). Points must be in time order.
    /// </summary>
    public static IReadOnlyList<decimal> Closes(IReadOnlyList<EquityPoint> curve)
    {
        if (curve.Count == 0)
        {
            return [];
        }

        var firstDay = Day(curve[0].TimestampMs);
        var closes = new List<decimal>();
        foreach (var point in curve)
        {
            var index = checked((int)(Day(point.TimestampMs) - firstDay));
            Guard.That(index >= closes.Count - 1, "equity curve must be in time order");
            while (closes.Count <= index)
            {
                closes.Add(closes.Count == 0 ? point.Equity : closes[^1]);
            }

            closes[index] = point.Equity;
        }

        return closes;
    }

    /// <summary>Simple returns between consecutive daily closes; a day after a close ≤ 0 has no defined return and is skipped.</summary>
    public static IReadOnlyList<double> Of(IReadOnlyList<EquityPoint> curve)
    {
        var closes = Closes(curve);
        var returns = new List<double>();
        for (var i = 1; i < closes.Count; i++)
        {
            if (closes[i - 1] > 0m)
            {
                returns.Add((double)((closes[i] / closes[i - 1]) - 1m));
            }
        }

        return returns;
    }

    /// <summary>mean / sample standard deviation (n − 1) × √365, risk-free rate 0; 0 with fewer than 2 returns or zero deviation.</summary>
    public static double Sharpe(IReadOnlyList<double> returns)
    {
        if (returns.Count < 2)
        {
            return 0.0;
        }

        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Count - 1));
        return sd > 0 ? mean / sd * AnnualizationFactor : 0.0;
    }

    /// <summary>
    /// mean / downside deviation × √365, where downside deviation is √(Σ min(r, 0)² / n) over all n returns (target 0);
    /// 0 with fewer than 2 returns or no negative return (zero deviation).
    /// </summary>
    public static double Sortino(IReadOnlyList<double> returns)
    {
        if (returns.Count < 2)
        {
            return 0.0;
        }

        var downside = Math.Sqrt(returns.Sum(r => r < 0 ? r * r : 0.0) / returns.Count);
        return downside > 0 ? returns.Average() / downside * AnnualizationFactor : 0.0;
    }

    // Floor division, so times before 1970 still fall on the right day.
    private static long Day(long timestampMs) => Math.DivRem(timestampMs, MsPerDay) switch
    {
        var (q, r) when r < 0 => q - 1,
        var (q, _) => q,
    };
}
