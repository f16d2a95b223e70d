namespace GridBot.Backtesting.Kernel;

internal static partial class GridKernel
{
    /// <summary>The grid with trailing and/or a stop-loss or take-profit: the close rules of the class comment.</summary>
    public static KernelOutcome RunWithCloseRules<TSink>(
        PreparedBars bars, CompiledGrid grid, decimal capital, ref TSink sink, double[]? equity, out CloseRuleOutcome closeRules)
        where TSink : struct, IFillSink
    {
        var kb = bars.Kernel;
        var ticks = grid.Ticks;
        var st = new KernelLedger(grid.StartCash, grid.StartBuyQty, grid.StartBuyFee);
        var e = grid.StartEmpty;
        var tracker = new EquityTracker((double)capital, kb[0].Day);
        var window = grid.Config.Spec.Trailing ? new TrailWindow(grid) : null;
        var triggers = grid.Config.Spec.StopLossPrice is not null || grid.Config.Spec.TakeProfitPrice is not null;
        var exit = new KernelExit(grid.Config);

        for (var b = 0; b < kb.Length; b++)
        {
            ref readonly var k = ref kb[b];
            if (exit.Reason is null)
            {
                e = Walk(in k, e, ticks, grid, ref st, b, bars, ref sink);
                if (triggers && exit.Hit(in k, bars.Bars, b))
                {
                    exit.Start(bars.Bars[b].Close, CloseTime(bars, b), st.Base);
                }
                else if (window is not null && window.Reached(k.CloseFloor, k.CloseCeil))
                {
                    e = window.Trail(k.CloseFloor, k.CloseCeil, e);
                }
            }

            if (exit.Flattening)
            {
                exit.Drive(bars.Bars[b].Close, CloseTime(bars, b), b, ref st, ref sink);
            }

            var eq = st.CashD + (st.BaseD * k.Close);
            tracker.Mark(k.Day, eq);
            if (equity is not null)
            {
                equity[b] = eq;
            }
        }

        closeRules = new CloseRuleOutcome(window?.Shifts ?? 0, exit.Reason, exit.TimeMs, exit.Sells);
        return new KernelOutcome(st.Cash, st.Base, st.Fees, st.GridProfit, st.Buys, st.Sells, tracker.MaxDrawdown, tracker.Sharpe());
    }

    /// <summary>When bar <paramref name="b"/> closes: the next bar's open, or for the last bar its open + its duration (60 s for a lone bar).</summary>
    public static long CloseTime(PreparedBars bars, int b)
    {
        var all = bars.Bars;
        return b + 1 < all.Count ? all[b + 1].OpenTimeMs
            : all[b].OpenTimeMs + (b > 0 ? all[b].OpenTimeMs - all[b - 1].OpenTimeMs : 60_000);
    }
}
