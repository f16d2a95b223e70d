using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using static GridBot.Backtesting.Tests.Kernel.KernelFixtures;

namespace GridBot.Backtesting.Tests.Kernel;

/// <summary>Stop-loss and take-profit on the ladder 100, 110, …, 140: the trigger at a close, then the TWAP flatten.</summary>
public class ExitKernelTests
{
    private const long Hour = 3_600_000;

    [Fact]
    public void Run_StopLossOnHourlyBars_FlattensOneSliceNowTheRestAtTheNextClose()
    {
        // Bar 0 buys 110 and 100 (base 4) and closes at 92 ≤ 95: ten slices of 0.4 over five minutes; the first goes at
        // that close (bar 1's open), the nine others are due by the next close, an hour later. Bar 1 crosses the old
        // levels, but the grid is gone.
        var config = Ladder(fees: FeeSchedule.FromBps(10m, 20m)) with { Spec = Ladder().Spec with { StopLossPrice = 95m } };

        var result = Run(Bars.Hourly((120m, 120m, 92m, 92m), (92m, 130m, 90m, 125m)), config);

        result.GridFills().Should().Equal((OrderSide.Buy, 110m), (OrderSide.Buy, 100m));
        var exit = result.Fills.Where(f => f.IsTaker && f.Side == OrderSide.Sell).ToList();
        exit.Select(f => (f.TimeMs, f.BarIndex, f.Price, f.Quantity)).Should().Equal(
            new[] { (Bars.Start + Hour, 0, 92m, 0.4m) }.Concat(Enumerable.Repeat((Bars.Start + (2 * Hour), 1, 125m, 0.4m), 9)));
        exit[0].Fee.Should().Be(0.0736m);
        exit.Should().OnlyContain(f => f.Level == -1);
        var k = result.Kpis;
        (k.ExitReason, k.ExitTimeMs, k.FinalBase).Should().Be(("StopLoss", Bars.Start + Hour, 0m));
        (k.Fills, k.Buys, k.Sells, k.RoundTrips).Should().Be((13, 3, 10, 0));
        result.Equity![1].Should().Be((double)k.FinalCash);
    }

    [Fact]
    public void Run_StopLossOnMinuteBars_TwoSlicesPerClose()
    {
        // Slices are due every 30 s: at each one-minute close after the trigger two more go.
        var config = Ladder() with { Spec = Ladder().Spec with { StopLossPrice = 95m } };
        var bars = Bars.Of((120m, 120m, 92m, 92m), (92m, 93m, 91m, 93m), (93m, 94m, 92m, 94m), (94m, 94m, 93m, 93m));

        var result = Run(bars, config);

        result.Fills.Where(f => f.IsTaker && f.Side == OrderSide.Sell).GroupBy(f => f.BarIndex).Select(g => (g.Key, g.Count()))
            .Should().Equal((0, 1), (1, 2), (2, 2), (3, 2));
        result.Kpis.FinalBase.Should().Be(4m - (7 * 0.4m));
    }

    [Fact]
    public void Run_TakeProfitWithoutBase_StopsTheGridSellingNothing()
    {
        // Starting at 150 above the range, the grid holds only buys; 165 ≥ 160 triggers with no base to sell, and the
        // grid's buys are gone before bar 2 falls through them.
        var config = Ladder() with { Spec = Ladder().Spec with { TakeProfitPrice = 160m } };

        var result = Run(Bars.Of((150m, 151m, 150m, 150m), (150m, 170m, 150m, 165m), (165m, 165m, 90m, 95m)), config);

        result.Fills.Should().BeEmpty();
        (result.Kpis.ExitReason, result.Kpis.ExitTimeMs).Should().Be(("TakeProfit", Bars.Start + 120_000));
    }

    [Fact]
    public void Run_ExitOnLastBar_ClosesOneIntervalAfterItsOpen()
    {
        var config = Ladder() with { Spec = Ladder().Spec with { TakeProfitPrice = 160m } };

        var result = Run(Bars.Hourly((150m, 151m, 150m, 150m), (150m, 170m, 150m, 165m)), config);

        result.Kpis.ExitTimeMs.Should().Be(Bars.Start + (2 * Hour));
    }

    [Fact]
    public void Run_BaseWorthLessThanMinNotional_KeepsIt()
    {
        // Two levels 100/110 of 0.05 and a 5 minimum: starting at 95 the grid buys 0.05 for its sell, worth 4.75 at the
        // 95 close that triggers the stop-loss at 99.5: too little to sell.
        var spec = new GridSpec(100m, 110m, 2, GridSpacing.Arithmetic, LevelSizing.Base(0.05m), StopLossPrice: 99.5m);
        var config = new BacktestConfig(spec, Rules(minNotional: 5m), 1_000m, new FeeSchedule(0m, 0m));

        var result = Run(Bars.Of((95m, 95m, 95m, 95m), (95m, 96m, 94m, 96m)), config);

        result.Kpis.ExitReason.Should().Be("StopLoss");
        result.Fills.Should().ContainSingle().Which.Side.Should().Be(OrderSide.Buy);
        result.Kpis.FinalBase.Should().Be(0.05m);
    }

    [Fact]
    public void Run_StopLossAndTrailingDown_StopLossWins()
    {
        var config = Ladder() with { Spec = Ladder().Spec with { StopLossPrice = 95m, TrailingDown = true } };

        var result = Run(Bars.Of((120m, 120m, 85m, 85m), (85m, 86m, 84m, 85m)), config);

        (result.Kpis.ExitReason, result.Kpis.TrailShifts).Should().Be(("StopLoss", 0));
    }

    [Fact]
    public void Run_NoTriggerReached_NoExit()
    {
        var config = Ladder() with { Spec = Ladder().Spec with { StopLossPrice = 80m, TakeProfitPrice = 160m } };

        var result = Run(Bars.Of((120m, 150m, 85m, 90m), (90m, 155m, 81m, 150m)), config);

        (result.Kpis.ExitReason, result.Kpis.ExitTimeMs).Should().Be(((string?)null, (long?)null));
        result.Fills.Where(f => f.IsTaker).Should().ContainSingle("only the start-up buy takes liquidity");
    }

    [Theory]
    [InlineData(95.005, 95.01, null)]
    [InlineData(95.005, 95.005, "StopLoss")]
    [InlineData(95.005, 95.0049, "StopLoss")]
    [InlineData(95, 95, "StopLoss")]
    [InlineData(95, 95.001, null)]
    public void Run_CloseNearOffTickStopLoss_ComparedExactly(double stopLoss, double close, string? expected)
    {
        var config = Ladder() with { Spec = Ladder().Spec with { StopLossPrice = (decimal)stopLoss } };

        var result = Run(Bars.Of((120m, 120m, 99m, 99m), (99m, 99m, (decimal)close, (decimal)close)), config);

        result.Kpis.ExitReason.Should().Be(expected);
    }

    [Theory]
    [InlineData(160.005, 160, null)]
    [InlineData(160.005, 160.005, "TakeProfit")]
    [InlineData(160, 160, "TakeProfit")]
    [InlineData(160, 159.999, null)]
    public void Run_CloseNearOffTickTakeProfit_ComparedExactly(double takeProfit, double close, string? expected)
    {
        var config = Ladder() with { Spec = Ladder().Spec with { TakeProfitPrice = (decimal)takeProfit } };

        var result = Run(Bars.Of((120m, 120m, 119m, 120m), (120m, (decimal)close, 120m, (decimal)close)), config);

        result.Kpis.ExitReason.Should().Be(expected);
    }
}
