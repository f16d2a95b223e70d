namespace GridBot.Core.Grid;

/// <summary>The next grid state and the orders to cancel and place to get there, cancels first.</summary>
public sealed record GridUpdate(GridState State, IReadOnlyList<GridOrder> Cancel, IReadOnlyList<GridOrder> Place, GridSignal Signal = GridSignal.None)
{
    public static GridUpdate Unchanged(GridState state, GridSignal signal = GridSignal.None) => new(state, [], [], signal);
}
