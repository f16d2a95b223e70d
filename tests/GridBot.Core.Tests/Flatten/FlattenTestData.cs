using GridBot.Core.Flatten;
using GridBot.Core.Market;

namespace GridBot.Core.Tests.Flatten;

internal static class FlattenTestData
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly Symbol BtcUsdt = new("BTC", "USDT");

    /// <summary>Spread ≈ 2 bps, well inside the 50 bps guard.</summary>
    public static readonly TopOfBook TightBook = new(49_950m, 49_960m);

    public static FlattenConfig NoCancel { get; } = new() { CancelOrdersFirst = false };

    public static FlattenState Start(decimal quantity, FlattenConfig? config = null, decimal step = 0.001m) =>
        FlattenPlanner.Start(BtcUsdt, quantity, step, config ?? NoCancel, T0, "Manual").Value;

    /// <summary>Hands out the next instruction and fills it completely at <paramref name="price"/>.</summary>
    public static (FlattenState State, FlattenInstruction Instruction) FillNext(
        FlattenState state, decimal price, DateTimeOffset now, TopOfBook? book = null)
    {
        var step = FlattenPlanner.NextSlice(state, book ?? TightBook, now);
        step.Instruction.IsOrder.Should().BeTrue($"expected an order, got {step.Instruction}");
        return (FlattenPlanner.ApplyFill(step.State, step.Instruction.Quantity, price).Value, step.Instruction);
    }

    public static DateTimeOffset At(double seconds) => T0.AddSeconds(seconds);
}
