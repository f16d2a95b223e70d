using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using static GridBot.Backtesting.Tests.Kernel.KernelFixtures;

namespace GridBot.Backtesting.Tests.Kernel;

/// <summary>Trailing windows on hand-checked bars over the ladder 100, 110, …, 140 (levels beyond it: 90, 150, …).</summary>
public class TrailingKernelTests
{
    [Fact]
    public void Run_CloseAboveWindow_ShiftsUpAndBuysAtOldTop()
    {
        // Bar 0 sells at 130 and 140 and closes at 155 ≥ 150: the window becomes 110–150 with a buy at 140.
        var config = Ladder() with { Spec = Ladder().Spec with { TrailingUp = true, MaxTrailShifts = 2 } };

        var result = Run(Bars.Of((120m, 155m, 120m, 155m), (155m, 156m, 135m, 136m)), config);

        result.Fills.Where(f => f.Level >= 0).Select(f => (f.Side, f.Price, f.Level))
            .Should().Equal((OrderSide.Sell, 130m, 3), (OrderSide.Sell, 140m, 4), (OrderSide.Buy, 140m, 4));
        result.Kpis.TrailShifts.Should().Be(1);
    }

    [Fact]
    public void Run_ShiftLimitReached_WindowStays()
    {
        // 175 would allow three shifts (150, 160, 170); the limit of 2 leaves the window at 120–160: only 150 buys at 145.
        var config = Ladder() with { Spec = Ladder().Spec with { TrailingUp = true, MaxTrailShifts = 2 } };

        var result = Run(Bars.Of((120m, 175m, 120m, 175m), (175m, 175m, 145m, 146m)), config);

        result.Kpis.TrailShifts.Should().Be(2);
        result.GridFills().Should().Equal((OrderSide.Sell, 130m), (OrderSide.Sell, 140m), (OrderSide.Buy, 150m));
    }

    [Fact]
    public void Run_TrailingOff_NoShifts()
    {
        var result = Run(Bars.Of((120m, 175m, 120m, 175m), (175m, 175m, 145m, 146m)), Ladder());

        result.Kpis.TrailShifts.Should().Be(0);
        result.GridFills().Should().Equal((OrderSide.Sell, 130m), (OrderSide.Sell, 140m));
    }

    [Fact]
    public void Run_ShiftDown_TopSellQuantityMovesToOldBottom()
    {
        // Quote sizing 1200: buys of 12 at 100 and 10.90909 at 110; the top sell (140) trades 9.23076, the buy size at 130.
        // Bar 0 buys 110 and 100 and closes at 85 ≤ 90: the 140 sell is re-offered at 100 and filled by bar 1.
        var spec = new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Quote(1_200m), TrailingDown: true);
        var config = new BacktestConfig(spec, Rules(), 100_000m, FeeSchedule.FromBps(10m, 10m));

        var result = Run(Bars.Of((120m, 120m, 85m, 85m), (85m, 105m, 85m, 105m)), config);

        result.Fills.Where(f => !f.IsTaker).Select(f => (f.Side, f.Price, f.Quantity, f.Level)).Should().Equal(
            (OrderSide.Buy, 110m, 10.90909m, 1), (OrderSide.Buy, 100m, 12m, 0), (OrderSide.Sell, 100m, 9.23076m, 0));
        result.Fills[^1].Fee.Should().Be(0.923076m);
        result.Kpis.GridProfit.Should().Be(92.3076m);
        result.Kpis.TrailShifts.Should().Be(1);
    }

    [Fact]
    public void Run_TrailedPastBottom_FillsAtNegativeLevels()
    {
        // Closing at 70 shifts down three times (to 90, 80 and 70, with sells re-offered at 100, 90 and 80); the next
        // bar sells at 80 (level −2) and the one after buys back at 70 (level −3).
        var config = Ladder() with { Spec = Ladder().Spec with { TrailingDown = true } };

        var result = Run(Bars.Of((120m, 120m, 99m, 99m), (99m, 99m, 70m, 70m), (70m, 86m, 70m, 86m), (86m, 86m, 69m, 70m)), config);

        result.Kpis.TrailShifts.Should().Be(3);
        result.Fills.Where(f => !f.IsTaker).Select(f => (f.Side, f.Price, f.Level)).Should().Equal(
            (OrderSide.Buy, 110m, 1), (OrderSide.Buy, 100m, 0), (OrderSide.Sell, 80m, -2), (OrderSide.Buy, 70m, -3));
    }

    [Fact]
    public void Run_ShiftDownSellBelowMinNotional_Refused()
    {
        // Quote 5.5 with a 5 minimum: the top sell (0.04230 at 140, sized at 130) is worth only 4.23 re-offered at 100.
        var spec = new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Quote(5.5m), TrailingDown: true);
        var config = new BacktestConfig(spec, Rules(minNotional: 5m), 10_000m, new FeeSchedule(0m, 0m));

        var result = Run(Bars.Of((120m, 120m, 85m, 85m), (85m, 85m, 60m, 61m)), config);

        result.Kpis.TrailShifts.Should().Be(0);
    }

    [Fact]
    public void Run_Trailing_InventoryPnlIsCashFlowAndHoldingLessRoundTripProfit()
    {
        var spec = new GridSpec(116m, 124m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m), TrailingUp: true, TrailingDown: true, MaxTrailShifts: 50);
        var config = new BacktestConfig(spec, Rules(), 100_000m, FeeSchedule.FromBps(7.5m, 10m), 3m);

        var result = Run(Bars.RandomWalk(3, 400), config);

        var k = result.Kpis;
        var flows = result.Fills.Sum(f => f.Side == OrderSide.Sell ? f.Notional : -f.Notional);
        k.TrailShifts.Should().BeGreaterThan(0);
        k.InventoryPnl.Should().Be(flows + (k.FinalBase * k.FinalPrice) - k.GridProfit);
    }

    [Fact]
    public void Run_CloseThousandsOfLevelsAway_AtMostOneThousandShiftsPerClose()
    {
        // Levels 100.00, 100.01, 100.02: a close at 120 is 1,998 shifts away; the engine makes at most 1,000 per price.
        var spec = new GridSpec(100m, 100.02m, 3, GridSpacing.Arithmetic, LevelSizing.Base(1m), TrailingUp: true, MaxTrailShifts: 5_000);
        var config = new BacktestConfig(spec, Rules(), 10_000m, new FeeSchedule(0m, 0m));
        var bars = Bars.Of((100.01m, 100.01m, 100.01m, 100.01m), (100.01m, 120m, 100.01m, 120m), (120m, 120m, 120m, 120m));

        var once = Agreement.AssertAgree(bars[..2], config);
        var twice = Agreement.AssertAgree(bars, config);

        (once.Kpis.TrailShifts, twice.Kpis.TrailShifts).Should().Be((1_000, 1_998));
    }
}
