using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Core.Grid;

/// <summary>
/// Trailing: when the price is a full level above the window (and trailing up is on), the bottom level is
/// dropped (its buy cancelled) and a level is added on top; the old top gets a buy and the new top stays empty.
/// Trailing down mirrors it: the top level's sell is cancelled and its quantity re-offered at the old bottom.
/// A shift is made only when the window is in the state the price implies (every order on one side filled);
/// otherwise the engine waits for the fills to arrive. After <see cref="GridSpec.MaxTrailShifts"/> shifts the window
/// stays where it is. A sell moved down keeps the fee its quantity carries.
/// </summary>
internal static class GridTrailing
{
    private const int MaxShiftsPerPrice = 1_000;

    public static GridUpdate Trail(GridState state, decimal price)
    {
        var cancels = new List<GridOrder>();
        var places = new List<GridOrder>();
        var signal = GridSignal.None;
        for (var shifts = 0; shifts < MaxShiftsPerPrice && state.TrailShifts < state.Spec.MaxTrailShifts; shifts++)
        {
            var step = state.Spec.TrailingUp && price >= NextPrice(state, up: true) ? ShiftUp(state)
                : state.Spec.TrailingDown && price <= NextPrice(state, up: false) ? ShiftDown(state)
                : null;
            if (step is null)
            {
                break;
            }

            state = step.State;
            signal = step.Signal;
            Merge(cancels, places, step);
        }

        return new GridUpdate(state, cancels, places, signal);
    }

    private static decimal NextPrice(GridState state, bool up) =>
        LevelMath.Price(state.Spec, up ? state.Top.Index + 1 : state.Bottom.Index - 1, state.Rules.TickSize);

    private static GridUpdate? ShiftUp(GridState state)
    {
        var bottomOrder = state.OrderAt(state.Bottom.Index);
        if (state.OrderAt(state.Top.Index) is not null || bottomOrder is { Side: OrderSide.Sell })
        {
            return null;
        }

        var added = LevelMath.Level(state.Spec, state.Top.Index + 1, state.Rules);
        var buy = new GridOrder(state.Top.Index, OrderSide.Buy, state.Top.Price, state.Top.BuyQuantity);
        if (added.Price <= state.Top.Price || !Valid(state.Rules, buy))
        {
            return null;
        }

        var orders = state.Orders.Where(o => o != bottomOrder).Append(buy).ToList();
        var levels = state.Levels.Skip(1).Append(added).ToList();
        return new GridUpdate(
            state with { Levels = levels, Orders = orders, Generation = state.Generation + 1, TrailShifts = state.TrailShifts + 1 },
            bottomOrder is null ? [] : [bottomOrder],
            [buy],
            GridSignal.TrailedUp);
    }

    private static GridUpdate? ShiftDown(GridState state)
    {
        var topOrder = state.OrderAt(state.Top.Index);
        if (state.OrderAt(state.Bottom.Index) is not null || topOrder is { Side: OrderSide.Buy })
        {
            return null;
        }

        var added = LevelMath.Level(state.Spec, state.Bottom.Index - 1, state.Rules);
        if (added.Price >= state.Bottom.Price || added.Price <= 0m)
        {
            return null;
        }

        var place = new List<GridOrder>();
        if (topOrder is not null)
        {
            var sell = new GridOrder(state.Bottom.Index, OrderSide.Sell, state.Bottom.Price, topOrder.Remaining,
                CarriedFee: topOrder.CarriedFee * topOrder.Remaining / topOrder.Quantity);
            if (!Valid(state.Rules, sell))
            {
                return null;
            }

            place.Add(sell);
        }

        var orders = state.Orders.Where(o => o != topOrder).Concat(place).ToList();
        var levels = state.Levels.SkipLast(1).Prepend(added).ToList();
        return new GridUpdate(
            state with { Levels = levels, Orders = orders, Generation = state.Generation + 1, TrailShifts = state.TrailShifts + 1 },
            topOrder is null ? [] : [topOrder],
            place,
            GridSignal.TrailedDown);
    }

    private static bool Valid(SymbolRules rules, GridOrder order) =>
        OrderValidator.Validate(rules, order.Side, order.Price, order.Quantity).Count == 0;

    private static void Merge(List<GridOrder> cancels, List<GridOrder> places, GridUpdate step)
    {
        foreach (var cancel in step.Cancel)
        {
            // Cancelling an order this same call placed means it never needs to reach the venue.
            if (!places.Remove(cancel))
            {
                cancels.Add(cancel);
            }
        }

        places.AddRange(step.Place);
    }
}
