using FsCheck;
using FsCheck.Fluent;
using GridBot.Core.Flatten;
using static GridBot.Core.Tests.Flatten.FlattenTestData;

namespace GridBot.Core.Tests.Flatten;

public class FlattenPlannerPropertyTests
{
    [Fact]
    public void SlicesFilledInFull_AnyQuantityAndSliceCount_SumExactlyToTheFlooredTotal()
    {
        var steps = Gen.Choose(1, 100_000);
        var slices = Gen.Choose(1, 30);
        var offStep = Gen.Choose(0, 999);
        Prop.ForAll(steps.ToArbitrary(), slices.ToArbitrary(), offStep.ToArbitrary(), (n, k, dust) =>
        {
            var position = (n * 0.001m) + (dust * 0.000001m);
            var state = Start(position, NoCancel with { TwapSlices = k });
            var orders = 0;
            while (state.Status == FlattenStatus.Active)
            {
                var step = FlattenPlanner.NextSlice(state, TightBook, T0.AddHours(1));
                step.Instruction.Quantity.Should().BeGreaterThan(0m).And.Subject.Should().Be(Math.Floor(step.Instruction.Quantity / 0.001m) * 0.001m);
                state = FlattenPlanner.ApplyFill(step.State, step.Instruction.Quantity, 100m).Value;
                orders++;
            }

            state.FilledQuantity.Should().Be(n * 0.001m);
            (state.FilledQuantity + state.Dust).Should().Be(position);
            orders.Should().BeLessThanOrEqualTo(Math.Min(k, n));
        }).QuickCheckThrowOnFailure();
    }
}
