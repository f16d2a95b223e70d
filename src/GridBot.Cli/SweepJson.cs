namespace GridBot.Cli;

/// <summary>
/// The one JSON object <c>gridbot sweep --json</c> prints. <see cref="SkippedTriggers"/> counts the combinations left
/// out because their stop-loss was not below the lower bound or their take-profit not above the upper bound.
/// </summary>
public sealed record SweepJson(
    string Data,
    bool Simulated,
    int Bars,
    int Settings,
    int Evaluated,
    int Skipped,
    IReadOnlyDictionary<string, int> SkipReasons,
    string RankedBy,
    int Threads,
    double ElapsedMs,
    double BarsPerSecond,
    IReadOnlyList<SweepRowJson> Top)
{
    public int SkippedTriggers { get; init; }
}
