using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using static GridBot.Backtesting.Tests.Kernel.KernelFixtures;

namespace GridBot.Backtesting.Tests.Kernel;

public class GridKernelTests
{
    [Fact]
    public void Run_BullishBar_PathOpenLowHighClose()
    {
        // Start at 120: sells at 130 and 140 (2 units bought at the open), buys at 100 and 110.
        var result = Run(Bars.Of((120m, 135m, 105m, 125m)), Ladder());

        result.GridFills().Should().Equal((OrderSide.Buy, 110m), (OrderSide.Sell, 120m), (OrderSide.Sell, 130m));
        result.Fills[0].Should().Be(new SimFill(Bars.Start, 0, -1, OrderSide.Buy, 120m, 2m, 0m, IsTaker: true));
        result.Kpis.GridProfit.Should().Be(20m);
        result.Kpis.RoundTrips.Should().Be(2);
    }

    [Fact]
    public void Run_BearishBar_PathOpenHighLowClose()
    {
        // 125 is a tie between 120 and 130: the lower level (120) stays empty.
        var result = Run(Bars.Of((125m, 135m, 105m, 120m)), Ladder());

        result.GridFills().Should().Equal(
            (OrderSide.Sell, 130m), (OrderSide.Buy, 120m), (OrderSide.Buy, 110m), (OrderSide.Sell, 120m));
    }

    [Fact]
    public void Run_CounterOrderLaterInSameBar_Fills()
    {
        var result = Run(Bars.Of((120m, 121m, 109m, 120m)), Ladder());

        result.GridFills().Should().Equal((OrderSide.Buy, 110m), (OrderSide.Sell, 120m));
        result.Kpis.RoundTrips.Should().Be(1);
    }

    [Fact]
    public void Run_GapDownThroughSeveralLevels_FillsEachAtItsLimit()
    {
        var result = Run(Bars.Of((120m, 121m, 119m, 120m), (95m, 96m, 94m, 95m)), Ladder());

        result.GridFills().Should().Equal((OrderSide.Buy, 110m), (OrderSide.Buy, 100m));
        result.Fills.Where(f => f.Level >= 0).Should().OnlyContain(f => f.BarIndex == 1);
    }

    [Fact]
    public void Run_TouchWithoutCrossing_Fills()
    {
        var result = Run(Bars.Of((120m, 120m, 110m, 115m)), Ladder());

        result.GridFills().Should().Equal((OrderSide.Buy, 110m));
    }

    [Fact]
    public void Run_StartAboveRange_AllBuysNoStartPurchase()
    {
        var result = Run(Bars.Of((150m, 151m, 125m, 126m)), Ladder());

        result.Fills.Should().NotContain(f => f.IsTaker);
        result.GridFills().Should().Equal((OrderSide.Buy, 130m));
        result.Kpis.RequiredCapital.Should().Be(460m);
    }

    [Fact]
    public void Run_StartBelowRange_BuysBaseForEverySell()
    {
        var result = Run(Bars.Of((90m, 112m, 89m, 111m)), Ladder());

        result.Fills[0].Quantity.Should().Be(4m);
        result.GridFills().Should().Equal((OrderSide.Sell, 110m));
    }

    [Fact]
    public void Run_GeometricLevels_FillAtRoundedLevelPrices()
    {
        var config = Ladder() with { Spec = new GridSpec(100m, 400m, 5, GridSpacing.Geometric, LevelSizing.Base(0.5m)) };

        var result = Run(Bars.Of((200m, 290m, 140m, 280m)), config);

        result.GridFills().Should().Equal((OrderSide.Buy, 141.42m), (OrderSide.Sell, 200m), (OrderSide.Sell, 282.84m));
        result.Kpis.GridProfit.Should().Be((200m - 141.42m) * 0.5m + (282.84m - 200m) * 0.5m);
    }

    [Fact]
    public void Run_Fees_MakerOnLimitsTakerPlusSlippageOnStart()
    {
        var config = Ladder(capital: 1_000m, fees: FeeSchedule.FromBps(10m, 10m), slippageBps: 10m);

        var result = Run(Bars.Of((120m, 121m, 109m, 120m)), config);

        var start = result.Fills[0];
        start.Price.Should().Be(120.12m);
        start.Fee.Should().Be(0.24024m);
        result.Fills[1].Fee.Should().Be(0.11m);
        result.Fills[2].Fee.Should().Be(0.12m);
        result.Kpis.Fees.Should().Be(0.24024m + 0.11m + 0.12m);
        // cash: 1000 − 240.24 − 0.24024 − 110.11 + 119.88 ; base 2 at close 120
        result.Kpis.FinalCash.Should().Be(769.28976m);
        result.Kpis.FinalEquity.Should().Be(1009.28976m);
        result.Kpis.ReturnPct.Should().Be(0.928976m);
    }

    [Fact]
    public void Run_InsufficientCapital_ErrorNamesNeedAndHave()
    {
        var config = Ladder(capital: 300m);

        var result = Backtester.Run(PreparedBars.Prepare(Bars.Of((120m, 121m, 119m, 120m)), 0.01m), config);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("InsufficientCapital");
        result.Error.Message.Should().Contain("300").And.Contain("needs 450");
    }

    [Fact]
    public void Run_EquityAndDrawdown_MarkedAtCloses()
    {
        // Start 120 with capital 1000: cash 760, base 2. Closes 120 → 100 → 130.
        var result = Run(Bars.Of((120m, 120m, 120m, 120m), (120m, 120m, 100m, 100m), (100m, 130m, 100m, 130m)), Ladder(capital: 1_000m));

        // Bar 1 buys at 110 and 100: cash 550, base 4, equity 950. Bar 2 sells 110,120,130: cash 910, base 1, equity 1040.
        result.Equity.Should().Equal(1000.0, 950.0, 1040.0);
        result.Kpis.MaxDrawdownPct.Should().BeApproximately(5.0, 1e-12);
        result.Kpis.FinalEquity.Should().Be(1040m);
        result.Kpis.BuyAndHoldReturnPct.Should().Be(8.3333333333333333333333333300m);
    }

    [Fact]
    public void Run_TickMismatch_ReturnsError() =>
        Backtester.Run(PreparedBars.Prepare(Bars.Of((120m, 121m, 119m, 120m)), 0.1m), Ladder()).IsSuccess.Should().BeFalse();

    [Fact]
    public void Run_NoFillsRecordedWhenNotAsked_SameKpis()
    {
        var bars = Bars.RandomWalk(7, 500);
        var prepared = PreparedBars.Prepare(bars, 0.01m);

        var quiet = Backtester.Run(prepared, Ladder()).Value;
        var recorded = Backtester.Run(prepared, Ladder(), Recording.All).Value;

        quiet.Fills.Should().BeEmpty();
        quiet.Kpis.Should().BeEquivalentTo(recorded.Kpis, o => o.Excluding(k => k.ElapsedMs).Excluding(k => k.BarsPerSecond));
    }
}
