namespace GridBot.Core.Heuristics;

/// <summary>
/// Options for <see cref="BaselineHeuristic"/>. <see cref="Aggressive"/> widens the band from ±2·ATR to ±3·ATR.
/// <see cref="TickSize"/>, when given, snaps the bounds inward (lower rounded up, upper rounded down) so the grid
/// never extends past the computed band.
/// </summary>
public sealed record BaselineHeuristicOptions
{
    public static BaselineHeuristicOptions Default { get; } = new();

    public bool Aggressive { get; init; }

    public decimal? TickSize { get; init; }

    public int AtrPeriod { get; init; } = 14;

    /// <summary>
    /// When set, the smallest step between neighbouring levels as a fraction of price (e.g. twice the round-trip
    /// fee); the level count is reduced to respect it. Null keeps the seed's level counts unchanged.
    /// </summary>
    public decimal? MinStepFraction { get; init; }
}
