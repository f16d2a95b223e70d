namespace GridBot.Cli;

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
    IReadOnlyList<SweepRowJson> Top);

public sealed record SweepRowJson(
    int Rank,
    decimal Lower,
    decimal Upper,
    int Levels,
    string Mode,
    decimal ReturnPct,
    double Sharpe,
    double Calmar,
    double MaxDrawdownPct,
    int Fills,
    int RoundTrips,
    decimal GridProfit,
    decimal Fees,
    decimal FinalEquity,
    decimal RequiredCapital);
