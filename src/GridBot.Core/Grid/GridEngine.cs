using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Core.Grid;

/// <summary>
/// The grid's rules (DESIGN.md section 6) as pure functions: start, fill, price move. The level nearest the
/// start price stays empty, buys below it, sells above; a buy filled at level i places a sell at i+1 and a sell
/// filled at i places a buy at i−1, always into the one empty level.
/// </summary>
public static class GridEngine
{
    public static GridState Start(GridLayout layout, decimal startPrice)
    {
        Guard.NotNull(layout);
        Guard.Positive(startPrice);
        var levels = layout.Levels;
        var empty = NearestLevel(levels, startPrice);
        var orders = new List<GridOrder>(levels.Count - 1);
        for (var i = 0; i < levels.Count; i++)
        {
            if (i < empty)
            {
                orders.Add(new GridOrder(levels[i].Index, OrderSide.Buy, levels[i].Price, levels[i].BuyQuantity));
            }
            else if (i > empty)
            {
                // A sell is sized by the buy one level below, so its round trip is inventory-neutral.
                orders.Add(new GridOrder(levels[i].Index, OrderSide.Sell, levels[i].Price, levels[i - 1].BuyQuantity));
            }
        }

        return new GridState(layout.Spec, layout.Rules, levels, orders, Generation: 0, GridProfit: 0m, RoundTrips: 0, Fills: 0);
    }

    /// <summary>Index (into <paramref name="levels"/>) of the level nearest <paramref name="price"/>; a tie goes to the lower level.</summary>
    public static int NearestLevel(IReadOnlyList<GridLevel> levels, decimal price)
    {
        var best = 0;
        for (var i = 1; i < levels.Count; i++)
        {
            if (Math.Abs(levels[i].Price - price) < Math.Abs(levels[best].Price - price))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Applies a (possibly partial) fill of the order at <paramref name="level"/>, which paid <paramref name="fee"/>
    /// (quote), <paramref name="baseFee"/> of it taken in the base asset. The counter order is placed once the order is
    /// completely filled; a buy's fees travel to its counter sell, which sells what the buy credited (its quantity less
    /// the base fees, floored to the step); a sell fill reports the round trip it closed. A fill for an order the grid
    /// does not have is an error value.
    /// </summary>
    public static Result<GridUpdate> OnFill(GridState state, int level, OrderSide side, decimal quantity, decimal fee = 0m, decimal baseFee = 0m)
    {
        Guard.NotNull(state);
        var order = state.OrderAt(level);
        if (order is null || order.Side != side)
        {
            return Error.Of(ErrorKind.UnknownOrder, $"no open {side} at grid level {level}");
        }

        if (quantity <= 0m || quantity > order.Remaining)
        {
            return Error.Of(ErrorKind.Other,
                $"fill of {quantity.ToString(CultureInfo.InvariantCulture)} does not fit the {order.Remaining.ToString(CultureInfo.InvariantCulture)} remaining at level {level}");
        }

        var profit = side == OrderSide.Sell && state.LevelAt(level - 1) is { } below ? quantity * (order.Price - below.Price) : 0m;
        var roundTrip = side == OrderSide.Sell ? new RoundTrip(quantity, profit, order.CarriedFee * quantity / order.Quantity) : null;
        var filled = side == OrderSide.Buy
            ? order with { Filled = order.Filled + quantity, CarriedFee = order.CarriedFee + fee, BaseFee = order.BaseFee + baseFee }
            : order with { Filled = order.Filled + quantity };
        var next = state with { GridProfit = state.GridProfit + profit, Fills = state.Fills + 1 };
        if (filled.Remaining > 0m)
        {
            return new GridUpdate(next with { Orders = Replace(state.Orders, order, filled) }, [], [], RoundTrip: roundTrip);
        }

        var remaining = state.Orders.Where(o => o != order).ToList();
        next = next with { RoundTrips = state.RoundTrips + (side == OrderSide.Sell ? 1 : 0) };
        var counterLevel = state.LevelAt(side == OrderSide.Buy ? level + 1 : level - 1);
        if (counterLevel is null || remaining.Any(o => o.Level == counterLevel.Index))
        {
            // The edge of the window, or an occupied level (only after an out-of-order fill): nothing to place.
            return new GridUpdate(next with { Orders = remaining }, [], [], RoundTrip: roundTrip);
        }

        var counter = side == OrderSide.Buy
            ? CounterSell(state, filled, counterLevel)
            : new GridOrder(counterLevel.Index, OrderSide.Buy, counterLevel.Price, order.RestoreQuantity ?? order.Quantity);
        if (counter.Quantity <= 0m)
        {
            return new GridUpdate(next with { Orders = remaining }, [], [], RoundTrip: roundTrip);
        }

        remaining.Add(counter);
        return new GridUpdate(next with { Orders = remaining }, [], [counter], RoundTrip: roundTrip);
    }

    /// <summary>
    /// Takes <paramref name="shortfall"/> of base off the sells, furthest from the price first (each floored to the step,
    /// so the sells never need more than the account holds): what a start-up buy whose fee was taken in base did not
    /// credit. Each shrunk sell remembers its quantity for the buy that will follow it.
    /// </summary>
    public static GridState ShrinkSells(GridState state, decimal shortfall)
    {
        Guard.NotNull(state);
        if (shortfall <= 0m)
        {
            return state;
        }

        var orders = state.Orders.ToList();
        foreach (var sell in orders.Where(o => o.Side == OrderSide.Sell).OrderByDescending(o => o.Level).ToList())
        {
            if (shortfall <= 0m)
            {
                break;
            }

            var cut = Math.Min(sell.Remaining, Sizing.Increments.CeilToStep(shortfall, state.Rules.StepSize));
            orders[orders.IndexOf(sell)] = sell with { Quantity = sell.Quantity - cut, RestoreQuantity = sell.RestoreQuantity ?? sell.Quantity };
            shortfall -= cut;
        }

        return state with { Orders = orders.Where(o => o.Remaining > 0m).ToList() };
    }

    private static GridOrder CounterSell(GridState state, GridOrder buy, GridLevel level)
    {
        var credited = buy.BaseFee > 0m ? Sizing.Increments.FloorToStep(buy.Quantity - buy.BaseFee, state.Rules.StepSize) : buy.Quantity;
        return new GridOrder(level.Index, OrderSide.Sell, level.Price, credited, CarriedFee: buy.CarriedFee,
            RestoreQuantity: credited == buy.Quantity ? null : buy.Quantity);
    }

    /// <summary>
    /// Spreads a fee paid by the start-up buy (the market buy of the base the grid's sells need) over the open sells in
    /// proportion to their quantities: that buy is their round trips' first leg.
    /// </summary>
    public static GridState CarryStartFee(GridState state, decimal fee)
    {
        Guard.NotNull(state);
        var sells = state.Orders.Where(o => o.Side == OrderSide.Sell).Sum(o => o.Quantity);
        return fee <= 0m || sells <= 0m
            ? state
            : state with { Orders = state.Orders.Select(o => o.Side == OrderSide.Sell ? o with { CarriedFee = o.CarriedFee + (fee * o.Quantity / sells) } : o).ToList() };
    }

    /// <summary>
    /// Reacts to a price: reports stop-loss/take-profit triggers (the stop-loss first: price ≤ it; then the
    /// take-profit: price ≥ it), otherwise trails the window one level at a time while the price is at least a full
    /// level beyond it (when trailing is on, up to the spec's shift limit).
    /// </summary>
    public static GridUpdate OnPrice(GridState state, decimal price)
    {
        Guard.NotNull(state);
        if (state.Spec.StopLossPrice is { } sl && price <= sl)
        {
            return GridUpdate.Unchanged(state, GridSignal.StopLossTriggered);
        }

        if (state.Spec.TakeProfitPrice is { } tp && price >= tp)
        {
            return GridUpdate.Unchanged(state, GridSignal.TakeProfitTriggered);
        }

        return GridTrailing.Trail(state, price);
    }

    public static GridStatus Status(GridState state)
    {
        Guard.NotNull(state);
        return new GridStatus(
            state.Levels.Count,
            state.Bottom.Price,
            state.Top.Price,
            state.Orders.Count(o => o.Side == OrderSide.Buy),
            state.Orders.Count(o => o.Side == OrderSide.Sell),
            state.BaseForSells,
            state.QuoteForBuys,
            state.GridProfit,
            state.RoundTrips,
            state.Fills,
            state.Generation);
    }

    internal static List<GridOrder> Replace(IReadOnlyList<GridOrder> orders, GridOrder old, GridOrder replacement) =>
        orders.Select(o => o == old ? replacement : o).ToList();
}
