namespace GridBot.Core.Grid;

/// <summary>
/// The next grid state and the orders to cancel and place to get there, cancels first. A sell fill reports the part
/// of a round trip it closed in <see cref="RoundTrip"/>.
/// </summary>
public sealed record GridUpdate(
    GridState State, IReadOnlyList<GridOrder> Cancel, IReadOnlyList<GridOrder> Place, GridSignal Signal = GridSignal.None, RoundTrip? RoundTrip = null)
{
    public static GridUpdate Unchanged(GridState state, GridSignal signal = GridSignal.None) => new(state, [], [], signal);
}
