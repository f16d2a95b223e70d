namespace GridBot.Storage.Sqlite;

public sealed class SqliteOptions
{
    /// <summary>The database file; relative paths resolve against the current directory. Its folder is created if missing.</summary>
    public string Path { get; init; } = "gridbot.db";

    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Normal;
}
