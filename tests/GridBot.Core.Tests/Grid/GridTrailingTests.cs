using GridBot.Core.Grid;
using GridBot.Core.Market;
using static GridBot.Core.Tests.Grid.GridFixtures;

namespace GridBot.Core.Tests.Grid;

public class GridTrailingTests
{
    [Fact]
    public void OnPrice_TrailingOff_NeverShifts() =>
        GridEngine.OnPrice(GridEngine.Start(Ladder(), 500m), 500m).Place.Should().BeEmpty();

    [Fact]
    public void OnPrice_OneLevelAboveTrailingUp_DropsBottomAddsTop()
    {
        var state = GridEngine.Start(Ladder(trailingUp: true), 140m);

        var update = GridEngine.OnPrice(state, 150m);

        update.Signal.Should().Be(GridSignal.TrailedUp);
        update.State.Levels.Select(l => l.Price).Should().Equal(110m, 120m, 130m, 140m, 150m);
        update.Cancel.Should().ContainSingle().Which.Level.Should().Be(0);
        update.Place.Should().ContainSingle().Which.Should().Be(new GridOrder(4, OrderSide.Buy, 140m, 1m));
        update.State.OrderAt(5).Should().BeNull("the new top is nearest the price");
        update.State.Generation.Should().Be(1);
    }

    [Fact]
    public void OnPrice_LessThanALevelAbove_DoesNotShift() =>
        GridEngine.OnPrice(GridEngine.Start(Ladder(trailingUp: true), 140m), 149.99m).Signal.Should().Be(GridSignal.None);

    [Fact]
    public void OnPrice_SeveralLevelsAbove_ShiftsRepeatedly()
    {
        var update = GridEngine.OnPrice(GridEngine.Start(Ladder(trailingUp: true), 140m), 171m);

        // 150, 160 and 170 are each a full level above the window in turn; 180 is not reached.
        update.State.Levels.Select(l => l.Price).Should().Equal(130m, 140m, 150m, 160m, 170m);
        update.State.Generation.Should().Be(3);
        update.State.Orders.Should().HaveCount(4).And.OnlyContain(o => o.Side == OrderSide.Buy);
        update.State.OrderAt(7).Should().BeNull();
        update.Cancel.Select(o => o.Level).Should().Equal(0, 1, 2);
        update.Place.Select(o => o.Level).Should().Equal(4, 5, 6);
    }

    [Fact]
    public void OnPrice_SellStillOpenAtTop_WaitsForFill()
    {
        var state = GridEngine.Start(Ladder(trailingUp: true), 120m);

        GridEngine.OnPrice(state, 200m).Signal.Should().Be(GridSignal.None);
    }

    [Fact]
    public void OnPrice_OneLevelBelowTrailingDown_MovesTopSellToOldBottom()
    {
        var state = GridEngine.Start(Ladder(trailingDown: true), 100m);

        var update = GridEngine.OnPrice(state, 90m);

        update.Signal.Should().Be(GridSignal.TrailedDown);
        update.State.Levels.Select(l => l.Price).Should().Equal(90m, 100m, 110m, 120m, 130m);
        update.Cancel.Should().ContainSingle().Which.Should().Be(new GridOrder(4, OrderSide.Sell, 140m, 1m));
        update.Place.Should().ContainSingle().Which.Should().Be(new GridOrder(0, OrderSide.Sell, 100m, 1m));
        update.State.BaseForSells.Should().Be(state.BaseForSells, "trailing down re-offers the same inventory lower");
    }
}
