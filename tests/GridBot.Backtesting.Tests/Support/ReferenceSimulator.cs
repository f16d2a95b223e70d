using GridBot.Backtesting.Kernel;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Tests.Support;

/// <summary>
/// A deliberately slow, obviously-correct simulator: the Core <see cref="GridEngine"/> with its order list and exact
/// decimal cash, walking each bar's path point by point, then at each close <see cref="GridEngine.OnPrice"/> (trailing,
/// stop-loss, take-profit) and, after a trigger, the TWAP flatten of <see cref="ReferenceExit"/>. The fast kernel must
/// agree with it exactly.
/// </summary>
public static class ReferenceSimulator
{
    public sealed record Outcome(
        List<SimFill> Fills,
        decimal Cash,
        decimal Base,
        decimal Fees,
        decimal GridProfit,
        decimal MaxDrawdownPct,
        decimal[] Equity,
        int RoundTrips,
        int TrailShifts,
        string? ExitReason,
        long? ExitTimeMs);

    public static Outcome Run(IReadOnlyList<Bar> bars, BacktestConfig config)
    {
        var layout = GridLayout.Create(config.Spec, config.Rules).Value;
        var state = GridEngine.Start(layout, bars[0].Open);
        var fills = new List<SimFill>();
        var startQty = state.BaseForSells;
        var buyPrice = bars[0].Open * (1m + (config.SlippageBps / 10_000m));
        var startFee = config.Fees.QuoteFee(buyPrice * startQty, Liquidity.Taker);
        var book = new ReferenceBook(config.Capital - (buyPrice * startQty) - startFee, startQty, startFee, fills);
        if (startQty > 0)
        {
            fills.Add(new SimFill(bars[0].OpenTimeMs, 0, -1, OrderSide.Buy, buyPrice, startQty, startFee, true));
        }

        ReferenceExit? exit = null;
        var equity = new decimal[bars.Count];
        decimal peak = config.Capital, maxDd = 0m;
        for (var b = 0; b < bars.Count; b++)
        {
            var bar = bars[b];
            var closeTime = CloseTime(bars, b);
            if (exit is null)
            {
                state = Walk(state, bar, b, config, book);
                var update = GridEngine.OnPrice(state, bar.Close);
                state = update.State;
                if (update.Signal is GridSignal.StopLossTriggered or GridSignal.TakeProfitTriggered)
                {
                    var reason = update.Signal == GridSignal.StopLossTriggered ? "StopLoss" : "TakeProfit";
                    exit = ReferenceExit.Start(config, reason, book.Base, bar.Close, closeTime);
                }
            }

            exit?.AtClose(config, book, bar.Close, closeTime, b);
            equity[b] = book.Cash + (book.Base * bar.Close);
            peak = Math.Max(peak, equity[b]);
            maxDd = Math.Max(maxDd, (peak - equity[b]) / peak);
        }

        return new Outcome(fills, book.Cash, book.Base, book.Fees, state.GridProfit, maxDd * 100m, equity, state.RoundTrips,
            state.TrailShifts, exit?.Reason, exit?.TimeMs);
    }

    /// <summary>The paper replay's close time: the next bar's open, or the last bar's open plus its duration.</summary>
    public static long CloseTime(IReadOnlyList<Bar> bars, int b) =>
        b + 1 < bars.Count ? bars[b + 1].OpenTimeMs : bars[b].OpenTimeMs + (b > 0 ? bars[b].OpenTimeMs - bars[b - 1].OpenTimeMs : 60_000);

    private static GridState Walk(GridState state, Bar bar, int b, BacktestConfig config, ReferenceBook book)
    {
        foreach (var x in BarPath.ToArray(bar))
        {
            while (Touched(state, x) is { } order)
            {
                state = GridEngine.OnFill(state, order.Level, order.Side, order.Remaining).Value.State;
                var notional = order.Price * order.Quantity;
                var fee = config.Fees.QuoteFee(notional, Liquidity.Maker);
                book.Cash += order.Side == OrderSide.Buy ? -notional - fee : notional - fee;
                book.Base += order.Side == OrderSide.Buy ? order.Quantity : -order.Quantity;
                book.Fees += fee;
                book.Fills.Add(new SimFill(bar.OpenTimeMs, b, order.Level, order.Side, order.Price, order.Quantity, fee, false));
            }
        }

        return state;
    }

    private static GridOrder? Touched(GridState state, decimal price)
    {
        var buy = state.Orders.Where(o => o.Side == OrderSide.Buy && o.Price >= price).MaxBy(o => o.Price);
        return buy ?? state.Orders.Where(o => o.Side == OrderSide.Sell && o.Price <= price).MinBy(o => o.Price);
    }
}
