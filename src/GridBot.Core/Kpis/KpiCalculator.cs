using GridBot.Core.Common;

namespace GridBot.Core.Kpis;

/// <summary>KPIs from an equity curve and the closed round trips. Pure.</summary>
public static class KpiCalculator
{
    /// <summary>
    /// Return = final / start − 1. Max drawdown = max over the curve of (peak − equity) / peak, the first point being
    /// the first peak. Sharpe/Sortino: see <see cref="DailyReturns"/>. A win is a round trip with PnL &gt; 0; a loss,
    /// PnL &lt; 0 (break-even counts as neither, but does count as a round trip). Profit factor = gross profit /
    /// gross loss, null without losses. Average trade = net PnL / round trips, 0 without trades.
    /// An empty curve gives zero equity figures. The curve must be in time order and start with equity &gt; 0.
    /// </summary>
    public static KpiReport Compute(IReadOnlyList<EquityPoint> curve, IReadOnlyList<CompletedRoundTrip> roundTrips)
    {
        var start = curve.Count > 0 ? curve[0].Equity : 0m;
        var final = curve.Count > 0 ? curve[^1].Equity : 0m;
        Guard.That(curve.Count == 0 || start > 0m, "equity curve must start above zero");
        var returns = DailyReturns.Of(curve);

        var wins = roundTrips.Count(t => t.Pnl > 0m);
        var grossProfit = roundTrips.Where(t => t.Pnl > 0m).Sum(t => t.Pnl);
        var grossLoss = -roundTrips.Where(t => t.Pnl < 0m).Sum(t => t.Pnl);
        var net = grossProfit - grossLoss;
        var n = roundTrips.Count;

        return new KpiReport(
            start,
            final,
            curve.Count > 0 ? (final / start) - 1m : 0m,
            MaxDrawdown(curve),
            DailyReturns.Sharpe(returns),
            DailyReturns.Sortino(returns),
            returns.Count,
            n,
            wins,
            n > 0 ? (decimal)wins / n : 0m,
            grossProfit,
            grossLoss,
            grossLoss > 0m ? grossProfit / grossLoss : null,
            net,
            n > 0 ? net / n : 0m);
    }

    /// <summary>The deepest fall from a running peak, as a fraction of that peak (≥ 0); the first point is the first peak.</summary>
    public static decimal MaxDrawdown(IReadOnlyList<EquityPoint> curve)
    {
        var peak = 0m;
        var worst = 0m;
        foreach (var point in curve)
        {
            peak = Math.Max(peak, point.Equity);
            if (peak > 0m)
            {
                worst = Math.Max(worst, (peak - point.Equity) / peak);
            }
        }

        return worst;
    }
}
