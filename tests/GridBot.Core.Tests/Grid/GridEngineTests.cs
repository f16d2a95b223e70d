using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using static GridBot.Core.Tests.Grid.GridFixtures;

namespace GridBot.Core.Tests.Grid;

public class GridEngineTests
{
    [Fact]
    public void Start_InsideRange_NearestEmptyBuysBelowSellsAbove()
    {
        var state = GridEngine.Start(Ladder(), 121m);

        state.OrderAt(2).Should().BeNull("120 is the level nearest 121");
        state.Orders.Select(o => (o.Level, o.Side)).Should().Equal(
            (0, OrderSide.Buy), (1, OrderSide.Buy), (3, OrderSide.Sell), (4, OrderSide.Sell));
    }

    [Fact]
    public void Start_OnALevel_ThatLevelEmpty()
    {
        var state = GridEngine.Start(Ladder(), 120m);

        state.OrderAt(2).Should().BeNull();
        state.Orders.Count(o => o.Side == OrderSide.Buy).Should().Be(2);
        state.Orders.Count(o => o.Side == OrderSide.Sell).Should().Be(2);
    }

    [Fact]
    public void Start_TieBetweenLevels_LowerLevelEmpty()
    {
        var state = GridEngine.Start(Ladder(), 115m);

        state.OrderAt(1).Should().BeNull();
        state.OrderAt(2)!.Side.Should().Be(OrderSide.Sell);
    }

    [Fact]
    public void Start_AboveRange_TopEmptyAllBuys()
    {
        var state = GridEngine.Start(Ladder(), 500m);

        state.Orders.Should().HaveCount(4).And.OnlyContain(o => o.Side == OrderSide.Buy);
        state.OrderAt(4).Should().BeNull();
    }

    [Fact]
    public void Start_BelowRange_BottomEmptyAllSells()
    {
        var state = GridEngine.Start(Ladder(), 50m);

        state.Orders.Should().HaveCount(4).And.OnlyContain(o => o.Side == OrderSide.Sell);
        state.BaseForSells.Should().Be(4m);
    }

    [Fact]
    public void Start_QuoteSizing_SellSizedByBuyBelow()
    {
        var layout = Layout(new GridSpec(20_000m, 30_000m, 3, GridSpacing.Arithmetic, LevelSizing.Quote(100m)));

        var state = GridEngine.Start(layout, 20_000m);

        state.OrderAt(1)!.Quantity.Should().Be(0.005m);
        state.OrderAt(2)!.Quantity.Should().Be(0.004m);
    }

    [Fact]
    public void OnFill_Buy_PlacesSellOneLevelUp()
    {
        var update = Fill(GridEngine.Start(Ladder(), 120m), 1, OrderSide.Buy);

        update.Place.Should().ContainSingle().Which.Should().Be(new GridOrder(2, OrderSide.Sell, 120m, 1m));
        update.State.OrderAt(1).Should().BeNull();
        update.State.RoundTrips.Should().Be(0);
        update.State.Fills.Should().Be(1);
    }

    [Fact]
    public void OnFill_Sell_PlacesBuyOneLevelDownAndBooksSpacing()
    {
        var update = Fill(GridEngine.Start(Ladder(), 120m), 3, OrderSide.Sell);

        update.Place.Should().ContainSingle().Which.Should().Be(new GridOrder(2, OrderSide.Buy, 120m, 1m));
        update.State.GridProfit.Should().Be(10m);
        update.State.RoundTrips.Should().Be(1);
    }

    [Fact]
    public void OnFill_BuyThenSell_CompletesRoundTripAndRestoresLadder()
    {
        var start = GridEngine.Start(Ladder(), 120m);

        var afterBuy = Fill(start, 1, OrderSide.Buy).State;
        var afterSell = Fill(afterBuy, 2, OrderSide.Sell).State;

        afterSell.Orders.OrderBy(o => o.Level).Should().Equal(start.Orders.OrderBy(o => o.Level));
        afterSell.GridProfit.Should().Be(10m);
        afterSell.RoundTrips.Should().Be(1);
    }

    [Fact]
    public void OnFill_Partial_KeepsOrderAndPlacesNothing()
    {
        var state = GridEngine.Start(Ladder(), 120m);

        var update = GridEngine.OnFill(state, 1, OrderSide.Buy, 0.4m).Value;

        update.Place.Should().BeEmpty();
        update.State.OrderAt(1)!.Remaining.Should().Be(0.6m);
        GridEngine.OnFill(update.State, 1, OrderSide.Buy, 0.6m).Value.Place.Should().ContainSingle();
    }

    [Fact]
    public void OnFill_UnknownOrder_ReturnsUnknownOrderError()
    {
        var result = GridEngine.OnFill(GridEngine.Start(Ladder(), 120m), 2, OrderSide.Buy, 1m);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.UnknownOrder);
    }

    [Fact]
    public void OnFill_Overfill_ReturnsError() =>
        GridEngine.OnFill(GridEngine.Start(Ladder(), 120m), 1, OrderSide.Buy, 1.5m).IsSuccess.Should().BeFalse();

    [Fact]
    public void OnFill_AnyPricePath_OneOrderPerLevelAndOneEmpty() =>
        FsCheck.Fluent.Prop.ForAll<bool[]>(downs =>
        {
            var state = GridEngine.Start(Ladder(), 120m);
            foreach (var down in downs.Take(60))
            {
                // A price path can only reach the orders beside the empty level: the highest buy or the lowest sell.
                var buys = state.Orders.Where(o => o.Side == OrderSide.Buy).ToList();
                var sells = state.Orders.Where(o => o.Side == OrderSide.Sell).ToList();
                var order = (down && buys.Count > 0) || sells.Count == 0 ? buys.MaxBy(o => o.Level)! : sells.MinBy(o => o.Level)!;
                state = GridEngine.OnFill(state, order.Level, order.Side, order.Remaining).Value.State;
            }

            return state.Orders.Select(o => o.Level).Distinct().Count() == state.Orders.Count && state.Orders.Count == 4;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void OnPrice_BelowStopLoss_SignalsStopLoss()
    {
        var layout = Layout(new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m), StopLossPrice: 90m, TakeProfitPrice: 150m));
        var state = GridEngine.Start(layout, 120m);

        GridEngine.OnPrice(state, 89.99m).Signal.Should().Be(GridSignal.StopLossTriggered);
        GridEngine.OnPrice(state, 150m).Signal.Should().Be(GridSignal.TakeProfitTriggered);
        GridEngine.OnPrice(state, 120m).Signal.Should().Be(GridSignal.None);
    }

    [Fact]
    public void Status_AfterFills_ReportsOrdersAndProfit()
    {
        var state = Fill(GridEngine.Start(Ladder(), 120m), 3, OrderSide.Sell).State;

        GridEngine.Status(state).Should().Be(new GridStatus(5, 100m, 140m, 3, 1, 1m, 330m, 10m, 1, 1, 0));
    }
}
