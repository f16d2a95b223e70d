using System.Runtime.CompilerServices;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// The simulation loop (DESIGN.md section 6). The grid's state is one number: with a single empty level, every
/// level below it holds a buy and every level above it a sell, and each fill moves the empty level by one. Within a
/// bar the path is prev close → open → low → high → close when close ≥ open, else → open → high → low → close;
/// at each path point the resting orders it touches fill at their limit, in path order, so a counter order placed
/// earlier in the bar can fill later in it. Cash, base, fees and profit are exact decimals, changed only at fills;
/// equity is marked at every close in double for drawdown and Sharpe.
/// </summary>
internal static class GridKernel
{
    public static KernelOutcome Run<TSink>(PreparedBars bars, CompiledGrid grid, decimal capital, ref TSink sink, double[]? equity)
        where TSink : struct, IFillSink
    {
        var kb = bars.Kernel;
        var ticks = grid.Ticks;
        var st = new Ledger(grid.StartCash, grid.StartBuyQty, grid.StartBuyFee);
        var e = grid.StartEmpty;
        var tracker = new EquityTracker((double)capital, kb[0].Day);

        for (var b = 0; b < kb.Length; b++)
        {
            ref readonly var k = ref kb[b];
            e = Down(k.OpenCeil, e, ticks, grid, ref st, b, bars, ref sink);
            e = Up(k.OpenFloor, e, ticks, grid, ref st, b, bars, ref sink);
            if (k.Bullish != 0)
            {
                e = Down(k.LowCeil, e, ticks, grid, ref st, b, bars, ref sink);
                e = Up(k.HighFloor, e, ticks, grid, ref st, b, bars, ref sink);
                e = Down(k.CloseCeil, e, ticks, grid, ref st, b, bars, ref sink);
            }
            else
            {
                e = Up(k.HighFloor, e, ticks, grid, ref st, b, bars, ref sink);
                e = Down(k.LowCeil, e, ticks, grid, ref st, b, bars, ref sink);
                e = Up(k.CloseFloor, e, ticks, grid, ref st, b, bars, ref sink);
            }

            var eq = st.CashD + (st.BaseD * k.Close);
            tracker.Mark(k.Day, eq);
            if (equity is not null)
            {
                equity[b] = eq;
            }
        }

        return new KernelOutcome(st.Cash, st.Base, st.Fees, st.GridProfit, st.Buys, st.Sells, tracker.MaxDrawdown, tracker.Sharpe());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Down<TSink>(long priceCeil, int e, long[] ticks, CompiledGrid grid, ref Ledger st, int b, PreparedBars bars, ref TSink sink)
        where TSink : struct, IFillSink
    {
        while (ticks[e - 1] >= priceCeil)
        {
            e--;
            FillBuy(e, grid, ref st, b, bars, ref sink);
        }

        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Up<TSink>(long priceFloor, int e, long[] ticks, CompiledGrid grid, ref Ledger st, int b, PreparedBars bars, ref TSink sink)
        where TSink : struct, IFillSink
    {
        while (ticks[e + 1] <= priceFloor)
        {
            e++;
            FillSell(e, grid, ref st, b, bars, ref sink);
        }

        return e;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillBuy<TSink>(int s, CompiledGrid grid, ref Ledger st, int b, PreparedBars bars, ref TSink sink)
        where TSink : struct, IFillSink
    {
        st.Cash -= grid.BuyCashOut[s];
        st.Base += grid.BuyQty[s];
        st.Fees += grid.BuyFee[s];
        st.Buys++;
        st.Sync();
        sink.Add(new SimFill(bars.Bars[b].OpenTimeMs, b, s - 1, OrderSide.Buy, grid.Prices[s], grid.BuyQty[s], grid.BuyFee[s], IsTaker: false));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillSell<TSink>(int s, CompiledGrid grid, ref Ledger st, int b, PreparedBars bars, ref TSink sink)
        where TSink : struct, IFillSink
    {
        st.Cash += grid.SellCashIn[s];
        st.Base -= grid.SellQty[s];
        st.Fees += grid.SellFee[s];
        st.GridProfit += grid.SellProfit[s];
        st.Sells++;
        st.Sync();
        sink.Add(new SimFill(bars.Bars[b].OpenTimeMs, b, s - 1, OrderSide.Sell, grid.Prices[s], grid.SellQty[s], grid.SellFee[s], IsTaker: false));
    }

    private struct Ledger(decimal cash, decimal baseQty, decimal fees)
    {
        public decimal Cash = cash;
        public decimal Base = baseQty;
        public decimal Fees = fees;
        public decimal GridProfit;
        public int Buys;
        public int Sells;
        public double CashD = (double)cash;
        public double BaseD = (double)baseQty;

        public void Sync()
        {
            CashD = (double)Cash;
            BaseD = (double)Base;
        }
    }
}
