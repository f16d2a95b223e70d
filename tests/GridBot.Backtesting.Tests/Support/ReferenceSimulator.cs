using GridBot.Backtesting.Kernel;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Tests.Support;

/// <summary>
/// A deliberately slow, obviously-correct simulator: the Core <see cref="GridEngine"/> with its order list and exact
/// decimal cash, walking each bar's path point by point. The fast kernel must agree with it exactly.
/// </summary>
public static class ReferenceSimulator
{
    public sealed record Outcome(List<SimFill> Fills, decimal Cash, decimal Base, decimal Fees, decimal GridProfit, decimal MaxDrawdownPct, decimal[] Equity);

    public static Outcome Run(IReadOnlyList<Bar> bars, BacktestConfig config)
    {
        var layout = GridLayout.Create(config.Spec, config.Rules).Value;
        var state = GridEngine.Start(layout, bars[0].Open);
        var fills = new List<SimFill>();
        var startQty = state.BaseForSells;
        var buyPrice = bars[0].Open * (1m + (config.SlippageBps / 10_000m));
        var startFee = config.Fees.QuoteFee(buyPrice * startQty, Liquidity.Taker);
        var cash = config.Capital - (buyPrice * startQty) - startFee;
        var baseQty = startQty;
        var fees = startFee;
        if (startQty > 0)
        {
            fills.Add(new SimFill(bars[0].OpenTimeMs, 0, -1, OrderSide.Buy, buyPrice, startQty, startFee, true));
        }

        var equity = new decimal[bars.Count];
        decimal peak = config.Capital, maxDd = 0m;
        for (var b = 0; b < bars.Count; b++)
        {
            var bar = bars[b];
            var path = BarPath.ToArray(bar);
            foreach (var x in path)
            {
                while (Touched(state, x) is { } order)
                {
                    state = GridEngine.OnFill(state, order.Level, order.Side, order.Remaining).Value.State;
                    var notional = order.Price * order.Quantity;
                    var fee = config.Fees.QuoteFee(notional, Liquidity.Maker);
                    cash += order.Side == OrderSide.Buy ? -notional - fee : notional - fee;
                    baseQty += order.Side == OrderSide.Buy ? order.Quantity : -order.Quantity;
                    fees += fee;
                    fills.Add(new SimFill(bar.OpenTimeMs, b, order.Level, order.Side, order.Price, order.Quantity, fee, false));
                }
            }

            equity[b] = cash + (baseQty * bar.Close);
            peak = Math.Max(peak, equity[b]);
            maxDd = Math.Max(maxDd, (peak - equity[b]) / peak);
        }

        return new Outcome(fills, cash, baseQty, fees, state.GridProfit, maxDd * 100m, equity);
    }

    private static GridOrder? Touched(GridState state, decimal price)
    {
        var buy = state.Orders.Where(o => o.Side == OrderSide.Buy && o.Price >= price).MaxBy(o => o.Price);
        return buy ?? state.Orders.Where(o => o.Side == OrderSide.Sell && o.Price <= price).MinBy(o => o.Price);
    }
}
