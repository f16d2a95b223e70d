namespace GridBot.Cli;

/// <summary><c>gridbot data import --json</c>: what was read from the file and what the upsert wrote.</summary>
public sealed record DataImportJson(
    string File,
    string Root,
    string Venue,
    string Market,
    string Symbol,
    string Interval,
    int BarsRead,
    string First,
    string Last,
    int DaysWritten,
    int BarsAdded,
    int BarsChanged);
