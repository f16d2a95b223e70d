using GridBot.Core.Flatten;
using GridBot.Core.Market;
using static GridBot.Core.Tests.Flatten.FlattenTestData;

namespace GridBot.Core.Tests.Flatten;

public class FlattenPlannerNextSliceTests
{
    [Fact]
    public void NextSlice_CancelOrdersFirst_FirstInstructionIsCancelAllThenASlice()
    {
        var state = Start(1m, new FlattenConfig());

        var first = FlattenPlanner.NextSlice(state, TightBook, T0);
        var second = FlattenPlanner.NextSlice(first.State, TightBook, T0);

        first.Instruction.Kind.Should().Be(FlattenInstructionKind.CancelAll);
        first.State.CancelPending.Should().BeFalse();
        second.Instruction.Kind.Should().Be(FlattenInstructionKind.LimitIoc);
    }

    [Fact]
    public void NextSlice_CancelNotConfigured_StartsWithASlice() =>
        FlattenPlanner.NextSlice(Start(1m), TightBook, T0).Instruction.Kind.Should().Be(FlattenInstructionKind.LimitIoc);

    [Theory]
    [InlineData(1.0, OrderSide.Sell, 49_950)]
    [InlineData(-1.0, OrderSide.Buy, 49_960)]
    public void NextSlice_TightSpread_LimitIocAtTheTouch(decimal position, OrderSide side, decimal price)
    {
        var step = FlattenPlanner.NextSlice(Start(position), TightBook, T0);

        step.Instruction.Should().BeEquivalentTo(new
        {
            Kind = FlattenInstructionKind.LimitIoc,
            Reason = FlattenInstructionReason.Slice,
            Side = side,
            Quantity = 0.1m,
            LimitPrice = (decimal?)price,
            SliceIndex = 0,
            OrderNumber = 1,
        });
        step.State.SlicesStarted.Should().Be(1);
        step.State.PendingQuantity.Should().Be(0.1m);
        step.State.UsedMarketFallback.Should().BeFalse();
    }

    [Theory]
    [InlineData(99.75, 100.25, FlattenInstructionKind.LimitIoc)] // exactly 50 bps: still inside
    [InlineData(99.745, 100.255, FlattenInstructionKind.Market)] // 51 bps
    [InlineData(100.0, 100.0, FlattenInstructionKind.LimitIoc)] // locked book
    [InlineData(100.1, 100.0, FlattenInstructionKind.LimitIoc)] // crossed book: negative spread
    public void NextSlice_SpreadGuard_LimitWithinMarketBeyond(decimal bid, decimal ask, FlattenInstructionKind expected)
    {
        var step = FlattenPlanner.NextSlice(Start(1m), new TopOfBook(bid, ask), T0);

        step.Instruction.Kind.Should().Be(expected);
        step.State.UsedMarketFallback.Should().Be(expected == FlattenInstructionKind.Market);
    }

    [Fact]
    public void NextSlice_SpreadTooWide_MarketForTheSliceAndMarksFallback()
    {
        var step = FlattenPlanner.NextSlice(Start(1m), new TopOfBook(49_700m, 50_000m), T0);

        step.Instruction.Reason.Should().Be(FlattenInstructionReason.SpreadTooWide);
        step.Instruction.Quantity.Should().Be(0.1m);
        step.Instruction.LimitPrice.Should().BeNull();
        FlattenResult.From(step.State).UsedMarketFallback.Should().BeTrue();
    }

    [Fact]
    public void NextSlice_OrderInFlight_WaitsInsteadOfSendingAgain()
    {
        var sent = FlattenPlanner.NextSlice(Start(1m), TightBook, T0).State;

        var again = FlattenPlanner.NextSlice(sent, TightBook, At(45));

        again.Instruction.Kind.Should().Be(FlattenInstructionKind.Wait);
        again.Instruction.Reason.Should().Be(FlattenInstructionReason.OrderInFlight);
        again.State.Should().Be(sent);
    }

    [Fact]
    public void NextSlice_IocExpiredBeforeDeadline_RetriesLimitForTheShortfall()
    {
        var sent = FlattenPlanner.NextSlice(Start(1m), TightBook, T0).State;
        var partial = FlattenPlanner.OrderClosed(FlattenPlanner.ApplyFill(sent, 0.04m, 49_950m).Value);

        var retry = FlattenPlanner.NextSlice(partial, TightBook, At(10));

        retry.Instruction.Kind.Should().Be(FlattenInstructionKind.LimitIoc);
        retry.Instruction.Reason.Should().Be(FlattenInstructionReason.SliceRetry);
        retry.Instruction.Quantity.Should().Be(0.06m);
        retry.Instruction.SliceIndex.Should().Be(0);
        retry.Instruction.OrderNumber.Should().Be(2);
        retry.State.SlicesStarted.Should().Be(1);
    }

    [Theory]
    [InlineData(30)] // exactly at the deadline: start + (0 + 1) × 5 min / 10
    [InlineData(31)]
    public void NextSlice_SliceUnfilledAtDeadline_MarketForTheShortfall(double seconds)
    {
        var sent = FlattenPlanner.NextSlice(Start(1m), TightBook, T0).State;
        var expired = FlattenPlanner.OrderClosed(sent);

        var step = FlattenPlanner.NextSlice(expired, TightBook, At(seconds));

        step.Instruction.Kind.Should().Be(FlattenInstructionKind.Market);
        step.Instruction.Reason.Should().Be(FlattenInstructionReason.DeadlineMissed);
        step.Instruction.Quantity.Should().Be(0.1m);
        step.State.UsedMarketFallback.Should().BeTrue();
    }

    [Fact]
    public void NextSlice_SecondSliceUnfilledAtItsDeadline_UsesTheSecondDeadline()
    {
        var (afterFirst, _) = FillNext(Start(1m), 49_950m, T0);
        var second = FlattenPlanner.NextSlice(afterFirst, TightBook, At(30));
        var expired = FlattenPlanner.OrderClosed(second.State);

        second.State.NextSliceDeadline.Should().Be(At(60));
        FlattenPlanner.NextSlice(expired, TightBook, At(59)).Instruction.Reason.Should().Be(FlattenInstructionReason.SliceRetry);
        FlattenPlanner.NextSlice(expired, TightBook, At(60)).Instruction.Reason.Should().Be(FlattenInstructionReason.DeadlineMissed);
    }

    [Fact]
    public void NextSlice_PreviousSliceFilledEarly_WaitsUntilTheNextIsDue()
    {
        var (filled, _) = FillNext(Start(1m), 49_950m, T0);

        var step = FlattenPlanner.NextSlice(filled, TightBook, At(5));

        step.Instruction.Kind.Should().Be(FlattenInstructionKind.Wait);
        step.Instruction.Reason.Should().Be(FlattenInstructionReason.NotYetDue);
        step.Instruction.WaitUntil.Should().Be(At(30));
        step.State.Should().Be(filled);
    }

    [Theory]
    [InlineData(0.95, FlattenInstructionKind.Market)]
    [InlineData(0.97, FlattenInstructionKind.Market)]
    [InlineData(0.949, FlattenInstructionKind.LimitIoc)]
    public void NextSlice_SwitchFractionDone_RemainderAtMarket(decimal filled, FlattenInstructionKind expected)
    {
        var sent = FlattenPlanner.NextSlice(Start(1m, NoCancel with { TwapSlices = 1 }), TightBook, T0).State;
        var partial = FlattenPlanner.OrderClosed(FlattenPlanner.ApplyFill(sent, filled, 49_950m).Value);

        var step = FlattenPlanner.NextSlice(partial, TightBook, At(1));

        step.Instruction.Kind.Should().Be(expected);
        step.Instruction.Quantity.Should().Be(1m - filled);
    }

    [Fact]
    public void NextSlice_RemainderAtMarket_IsPlannedNotAFallback()
    {
        var config = NoCancel with { TwapSlices = 20 };
        var state = Start(1m, config);
        for (var i = 0; i < 19; i++)
        {
            state = FillNext(state, 49_950m, At(15 * i)).State;
        }

        var last = FlattenPlanner.NextSlice(state, TightBook, At(15 * 19));

        state.FilledQuantity.Should().Be(0.95m);
        last.Instruction.Reason.Should().Be(FlattenInstructionReason.RemainderAtMarket);
        last.Instruction.Quantity.Should().Be(0.05m);
        last.State.SlicesStarted.Should().Be(20);
        last.State.UsedMarketFallback.Should().BeFalse();
    }

    [Fact]
    public void NextSlice_Completed_Done()
    {
        var state = Start(0.001m);
        state = FillNext(state, 49_950m, T0).State;

        var step = FlattenPlanner.NextSlice(state, TightBook, At(1));

        step.Instruction.Kind.Should().Be(FlattenInstructionKind.Done);
        step.State.Should().Be(state);
    }
}
