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
/// <para>
/// Close rules (only when the spec trails or has a stop-loss or take-profit; the bot entity does the same when driven
/// through the paper exchange in a replay). Once per bar, at its close and after that bar's fills, the grid checks the
/// close price, in this order: (1) stop-loss: close ≤ StopLossPrice triggers; (2) take-profit: else close ≥
/// TakeProfitPrice triggers; (3) otherwise trailing, exactly <c>GridTrailing.Trail(state, close)</c>: repeatedly (at
/// most 1,000 times for one close, and while TrailShifts &lt; MaxTrailShifts): if trailing up and close ≥ the price of
/// level top+1, shift up; else if trailing down and close ≤ the price of level bottom−1, shift down; else stop. A
/// shift that is not possible right now ends the loop (up: the top level has an order, or the bottom order is a sell,
/// or the new level's price ≤ the top's, or the buy at the old top breaks the symbol rules; down: the bottom level
/// has an order, or the top order is a buy, or the new level's price ≥ the bottom's or ≤ 0, or the sell at the old
/// bottom breaks the rules). A shift up cancels the bottom buy and places a buy at the old top with that level's
/// BuyQuantity; the new top is empty. A shift down cancels the top sell and places a sell at the old bottom with the
/// top sell's quantity; the new bottom is empty. Quantities travel with orders (a filled order's counter order has its
/// quantity). Levels beyond the spec's window come from <c>GridLayout.LevelOf</c>.
/// </para>
/// <para>
/// A trigger flattens and stops the grid for good: every grid order is cancelled at once (no more grid fills), and
/// the base inventory is sold by the TWAP planner driven at every close from the trigger on, with bid = ask = that
/// close, at the close time (the next bar's open time; for the last bar, its open + its duration). At the trigger:
/// qty = FloorToStep(base, step); when qty is 0, below the minimum quantity, or qty × close is below the minimum
/// notional, nothing is sold; otherwise <c>FlattenPlanner.Start(symbol, base, step, FlattenConfig.For(rules, fees,
/// base, close), closeTime, reason)</c>. At that close and every later one: NextSlice until Wait or Done; CancelAll
/// continues; LimitIoc(qty, price) fills completely at that price as taker; Market(qty) fills at
/// close × (1 − slippageBps / 10,000) as taker; each fill goes to ApplyFill with its taker fee. Flatten fills are sells
/// (IsTaker, level −1) in the fills and KPIs but not round trips; equity is marked at every close after.
/// </para>
/// </summary>
internal static partial class GridKernel
{
    /// <summary>The plain grid (no close rules): fills along each bar's path, nothing at the closes but the equity mark.</summary>
    public static KernelOutcome Run<TSink>(PreparedBars bars, CompiledGrid grid, decimal capital, ref TSink sink, double[]? equity)
        where TSink : struct, IFillSink
    {
        var kb = bars.Kernel;
        var ticks = grid.Ticks;
        var st = new KernelLedger(grid.StartCash, grid.StartBuyQty, grid.StartBuyFee);
        var e = grid.StartEmpty;
        var tracker = new EquityTracker((double)capital, kb[0].Day);

        for (var b = 0; b < kb.Length; b++)
        {
            ref readonly var k = ref kb[b];

            // Walk's body, written out: measurably faster here than the inlined helper.
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

    /// <summary>One bar's path (as <see cref="Run"/> walks it): the resting orders each path point touches fill at their limits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Walk<TSink>(in KernelBar k, int e, long[] ticks, CompiledGrid grid, ref KernelLedger st, int b, PreparedBars bars, ref TSink sink)
        where TSink : struct, IFillSink
    {
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

        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Down<TSink>(long priceCeil, int e, long[] ticks, CompiledGrid grid, ref KernelLedger st, int b, PreparedBars bars, ref TSink sink)
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
    private static int Up<TSink>(long priceFloor, int e, long[] ticks, CompiledGrid grid, ref KernelLedger st, int b, PreparedBars bars, ref TSink sink)
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
    private static void FillBuy<TSink>(int s, CompiledGrid grid, ref KernelLedger st, int b, PreparedBars bars, ref TSink sink)
        where TSink : struct, IFillSink
    {
        st.Cash -= grid.BuyCashOut[s];
        st.Base += grid.BuyQty[s];
        st.Fees += grid.BuyFee[s];
        st.Buys++;
        st.Sync();
        sink.Add(new SimFill(bars.Bars[b].OpenTimeMs, b, s - grid.Offset, OrderSide.Buy, grid.Prices[s], grid.BuyQty[s], grid.BuyFee[s], IsTaker: false));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillSell<TSink>(int s, CompiledGrid grid, ref KernelLedger st, int b, PreparedBars bars, ref TSink sink)
        where TSink : struct, IFillSink
    {
        st.Cash += grid.SellCashIn[s];
        st.Base -= grid.SellQty[s];
        st.Fees += grid.SellFee[s];
        st.GridProfit += grid.SellProfit[s];
        st.Sells++;
        st.Sync();
        sink.Add(new SimFill(bars.Bars[b].OpenTimeMs, b, s - grid.Offset, OrderSide.Sell, grid.Prices[s], grid.SellQty[s], grid.SellFee[s], IsTaker: false));
    }
}
