namespace GridBot.Core.Grid;

/// <summary>
/// What the user asks for. Not validated here: <see cref="GridLayout.Create"/> turns a spec into levels or
/// rejects it with a reason, because a bad spec is user input, not a bug.
/// </summary>
public sealed record GridSpec(
    decimal Lower,
    decimal Upper,
    int Levels,
    GridSpacing Spacing,
    LevelSizing Sizing,
    bool TrailingUp = false,
    bool TrailingDown = false,
    decimal? StopLossPrice = null,
    decimal? TakeProfitPrice = null);
