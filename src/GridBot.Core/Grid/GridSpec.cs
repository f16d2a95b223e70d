namespace GridBot.Core.Grid;

/// <summary>
/// What the user asks for. Not validated here: <see cref="GridLayout.Create"/> turns a spec into levels or
/// rejects it with a reason, because a bad spec is user input, not a bug. With trailing on, the window shifts one
/// level at a time when price leaves it, at most <see cref="MaxTrailShifts"/> times over the grid's life (so it never
/// travels more than that many levels from where it was laid). The stop-loss and take-profit prices end the grid:
/// cancel it, exit the position, wait for a manual resume.
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
    decimal? TakeProfitPrice = null,
    int MaxTrailShifts = GridSpec.DefaultMaxTrailShifts)
{
    public const int DefaultMaxTrailShifts = 10;

    public bool Trailing => TrailingUp || TrailingDown;
}
