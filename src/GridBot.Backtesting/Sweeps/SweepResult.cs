namespace GridBot.Backtesting.Sweeps;

/// <summary>
/// The ranked top of a sweep. <see cref="Skipped"/> settings could not run (invalid layout or too little capital);
/// <see cref="SkipReasons"/> counts them by error code. <see cref="BarsPerSecond"/> is bar-evaluations per second
/// of wall time across all threads. <see cref="InvalidTriggers"/> combinations were not settings at all: their stop-loss
/// was not below the lower bound or their take-profit not above the upper bound.
/// </summary>
public sealed record SweepResult(
    IReadOnlyList<SweepEntry> Top,
    int Settings,
    int Evaluated,
    int Skipped,
    IReadOnlyDictionary<string, int> SkipReasons,
    SweepRank RankedBy,
    int Threads,
    double ElapsedMs,
    double BarsPerSecond,
    int InvalidTriggers = 0);
