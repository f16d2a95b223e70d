namespace GridBot.Cli;

/// <summary>
/// <c>gridbot data download --json</c>: what was asked for, what was fetched and written, and what the root now holds
/// for the series (<see cref="MissingBars"/>: bars still absent in [from, to), e.g. before the symbol was listed).
/// </summary>
public sealed record DataDownloadJson(
    string Root,
    string Venue,
    string Market,
    string Symbol,
    string Interval,
    string From,
    string To,
    int RangesRequested,
    long BarsFetched,
    long BarsAdded,
    int DaysWritten,
    string? StoredFirst,
    string? StoredLast,
    long StoredBars,
    long MissingBars);
