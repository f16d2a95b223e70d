namespace GridBot.Backtesting.Sweeps;

/// <summary>Which ways a grid trails: <see cref="GridBot.Core.Grid.GridSpec.TrailingUp"/> and/or TrailingDown.</summary>
public enum TrailingMode
{
    None,
    Up,
    Down,
    Both,
}
