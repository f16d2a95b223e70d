namespace GridBot.Cli;

/// <summary>One series in <c>gridbot data gaps --json</c>: its span, the missing ranges between its first and last bar, and their total.</summary>
public sealed record DataSeriesGapsJson(
    string Venue,
    string Market,
    string Symbol,
    string Interval,
    string First,
    string Last,
    long Bars,
    long MissingBars,
    IReadOnlyList<DataGapJson> Gaps);
