using GridBot.Core.Market;

namespace GridBot.Core.Flatten;

/// <summary>
/// What the runtime should do next. For orders, <see cref="Quantity"/> is in base units and a multiple of
/// the step; <see cref="LimitPrice"/> is set only for <see cref="FlattenInstructionKind.LimitIoc"/>.
/// <see cref="OrderNumber"/> (1-based, 0 when not an order) is unique within the flatten.
/// </summary>
public sealed record FlattenInstruction(
    FlattenInstructionKind Kind,
    FlattenInstructionReason Reason,
    OrderSide Side,
    decimal Quantity,
    decimal? LimitPrice,
    DateTimeOffset? WaitUntil,
    int SliceIndex,
    int OrderNumber)
{
    public bool IsOrder => Kind is FlattenInstructionKind.LimitIoc or FlattenInstructionKind.Market;

    internal static FlattenInstruction Done(FlattenState state) =>
        new(FlattenInstructionKind.Done, FlattenInstructionReason.Completed, state.Side, 0m, null, null, CurrentSlice(state), 0);

    internal static FlattenInstruction CancelAll(FlattenState state) =>
        new(FlattenInstructionKind.CancelAll, FlattenInstructionReason.CancelOrdersFirst, state.Side, 0m, null, null, 0, 0);

    internal static FlattenInstruction Wait(FlattenState state, FlattenInstructionReason reason, DateTimeOffset? until) =>
        new(FlattenInstructionKind.Wait, reason, state.Side, 0m, null, until, CurrentSlice(state), 0);

    internal static FlattenInstruction LimitIoc(FlattenState state, FlattenInstructionReason reason, decimal quantity, decimal price) =>
        new(FlattenInstructionKind.LimitIoc, reason, state.Side, quantity, price, null, CurrentSlice(state), state.OrdersSent);

    internal static FlattenInstruction Market(FlattenState state, FlattenInstructionReason reason, decimal quantity) =>
        new(FlattenInstructionKind.Market, reason, state.Side, quantity, null, null, CurrentSlice(state), state.OrdersSent);

    private static int CurrentSlice(FlattenState state) => Math.Max(0, state.SlicesStarted - 1);
}
