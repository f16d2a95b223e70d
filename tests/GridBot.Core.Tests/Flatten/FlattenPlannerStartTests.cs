using GridBot.Core.Errors;
using GridBot.Core.Flatten;
using GridBot.Core.Market;
using static GridBot.Core.Tests.Flatten.FlattenTestData;

namespace GridBot.Core.Tests.Flatten;

public class FlattenPlannerStartTests
{
    [Theory]
    [InlineData(1.0, OrderSide.Sell)]
    [InlineData(-1.0, OrderSide.Buy)]
    public void Start_PositionSign_ClosesWithTheOppositeSide(decimal position, OrderSide expected)
    {
        var state = Start(position);

        state.Side.Should().Be(expected);
        state.TotalQuantity.Should().Be(1m);
        state.Status.Should().Be(FlattenStatus.Active);
    }

    [Fact]
    public void Start_DefaultConfig_TenSlicesWithThirtySecondDeadlines()
    {
        var state = Start(1m, new FlattenConfig());

        state.SliceCount.Should().Be(10);
        state.SliceQuantity.Should().Be(0.1m);
        state.StartedAt.Should().Be(T0);
        state.NextSliceDeadline.Should().Be(At(30));
        state.DeadlineOf(9).Should().Be(T0.AddMinutes(5));
        state.ScheduledAt(3).Should().Be(At(90));
        state.CancelPending.Should().BeTrue();
        state.Reason.Should().Be("Manual");
    }

    [Fact]
    public void Start_QuantityNotDivisible_SlicesFlooredAndLastTakesRemainder()
    {
        var state = Start(1m, NoCancel with { TwapSlices = 3 });

        state.SliceQuantity.Should().Be(0.333m);
        state.CumulativeTarget(2).Should().Be(0.666m);
        state.CumulativeTarget(3).Should().Be(1m);
    }

    [Fact]
    public void Start_QuantityOffStep_FloorsAndKeepsDust()
    {
        var state = Start(-0.0123456m);

        state.TotalQuantity.Should().Be(0.012m);
        state.Dust.Should().Be(0.0003456m);
        state.Side.Should().Be(OrderSide.Buy);
    }

    [Fact]
    public void Start_FewerStepsThanSlices_OneSlicePerStep()
    {
        var state = Start(0.003m);

        state.SliceCount.Should().Be(3);
        state.SliceQuantity.Should().Be(0.001m);
        state.NextSliceDeadline.Should().Be(At(100));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.0009)]
    [InlineData(-0.0009)]
    public void Start_BelowOneStep_FailsWithFilterFailure(decimal position)
    {
        var result = FlattenPlanner.Start(BtcUsdt, position, 0.001m, NoCancel, T0, "Manual");

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.FilterFailure);
    }

    [Fact]
    public void Start_InvalidConfig_IsABug()
    {
        var act = () => FlattenPlanner.Start(BtcUsdt, 1m, 0.001m, new FlattenConfig { TwapSlices = 0 }, T0, "Manual");

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Start_AnyState_RequiresManualResume() =>
        Start(1m).RequiresManualResume.Should().BeTrue();
}
