using GridBot.Core.Flatten;
using GridBot.Core.Market;
using static GridBot.Core.Tests.Flatten.FlattenTestData;

namespace GridBot.Core.Tests.Flatten;

public class FlattenPlannerApplyFillTests
{
    [Fact]
    public void Example_OneBtcSoldInFourSlicesAt49950_ProceedsAndTenBpsFees()
    {
        var state = Start(1m, NoCancel with { TwapSlices = 4 });
        var quantities = new List<decimal>();
        for (var i = 0; i < 4; i++)
        {
            (state, var instruction) = FillNext(state, 49_950m, At(75 * i));
            quantities.Add(instruction.Quantity);
        }

        var result = FlattenResult.From(state);

        quantities.Should().Equal(0.25m, 0.25m, 0.25m, 0.25m);
        result.Should().BeEquivalentTo(new
        {
            Success = true,
            Side = OrderSide.Sell,
            TotalQuantity = 1m,
            FilledQuantity = 1m,
            AveragePrice = 49_950m,
            Proceeds = 49_950m,
            Fees = 49.95m, // 10 bps of 49,950
            Slices = 4,
            UsedMarketFallback = false,
            Reason = "Manual",
            RequiresManualResume = true,
        });
    }

    [Fact]
    public void ApplyFill_SeveralPrices_VolumeWeightedAverageAndReportedFees()
    {
        var state = FlattenPlanner.NextSlice(Start(1m, NoCancel with { TwapSlices = 1 }), TightBook, T0).State;

        state = FlattenPlanner.ApplyFill(state, 0.25m, 50_000m, fee: 1.25m).Value;
        state = FlattenPlanner.ApplyFill(state, 0.75m, 49_900m, fee: 3.75m).Value;

        state.Proceeds.Should().Be(12_500m + 37_425m);
        state.AveragePrice.Should().Be(49_925m);
        state.Fees.Should().Be(5.0m);
        state.Status.Should().Be(FlattenStatus.Completed);
        state.PendingQuantity.Should().Be(0m);
    }

    [Fact]
    public void ApplyFill_PartialFill_KeepsTheRestPending()
    {
        var sent = FlattenPlanner.NextSlice(Start(1m), TightBook, T0).State;

        var partial = FlattenPlanner.ApplyFill(sent, 0.04m, 49_950m).Value;

        partial.PendingQuantity.Should().Be(0.06m);
        partial.Status.Should().Be(FlattenStatus.Active);
        FlattenPlanner.OrderClosed(partial).PendingQuantity.Should().Be(0m);
    }

    [Fact]
    public void ApplyFill_BeyondRemaining_RefusedAndStateUnchanged()
    {
        var state = Start(1m);

        var result = FlattenPlanner.ApplyFill(state, 1.001m, 49_950m);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Message.Should().Contain("exceeds the remaining 1");
    }

    [Fact]
    public void ApplyFill_AfterCompletion_Refused()
    {
        var done = FillNext(Start(0.001m), 49_950m, T0).State;

        FlattenPlanner.ApplyFill(done, 0.001m, 49_950m).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void ApplyFill_NegativeFee_IsABug()
    {
        var act = () => FlattenPlanner.ApplyFill(Start(1m), 0.1m, 49_950m, fee: -1m);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Result_Unfinished_NotSuccessButStillRequiresManualResume()
    {
        var state = FillNext(Start(1m), 49_950m, T0).State;

        var result = FlattenResult.From(state);

        result.Success.Should().BeFalse();
        result.FilledQuantity.Should().Be(0.1m);
        result.RequiresManualResume.Should().BeTrue();
    }

    [Fact]
    public void Result_ShortClosedWithBuys_ReportsCostAsProceeds()
    {
        var state = FillNext(Start(-0.001m), 49_960m, T0).State;

        var result = FlattenResult.From(state);

        result.Side.Should().Be(OrderSide.Buy);
        result.Proceeds.Should().Be(49.96m);
        result.Success.Should().BeTrue();
    }
}
