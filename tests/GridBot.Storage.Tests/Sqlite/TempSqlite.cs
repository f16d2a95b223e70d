using GridBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GridBot.Storage.Tests.Sqlite;

/// <summary>A temp folder for real SQLite files; disposing closes every storage opened through it and deletes the folder.</summary>
internal sealed class TempSqlite : IDisposable
{
    private readonly List<IDisposable> _opened = [];

    public TempSqlite()
    {
        Folder = Path.Combine(Path.GetTempPath(), "gridbot-sqlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "gridbot.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public SqliteTestClock Clock { get; } = new(1_700_000_000_000);

    public async Task<SqliteStorage> OpenAsync(SqliteSynchronous synchronous = SqliteSynchronous.Normal)
    {
        var storage = await SqliteStorage.OpenAsync(
            new SqliteOptions { Path = DatabasePath, Synchronous = synchronous }, Clock, CancellationToken.None);
        _opened.Add(storage);
        return storage;
    }

    /// <summary>A plain connection to the file, bypassing the stores, to look at what they wrote.</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        foreach (var storage in _opened)
        {
            storage.Dispose();
        }

        Directory.Delete(Folder, recursive: true);
    }
}
