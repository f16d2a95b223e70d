using GridBot.Core.Common;
using GridBot.Core.Ports;

namespace GridBot.Storage.Sqlite;

/// <summary>The SQLite-backed stores over one database file (state, fills, registry, operator settings). Thread-safe; dispose once, after use.</summary>
public sealed class SqliteStorage : IDisposable
{
    private SqliteStorage(SqliteDatabase database, TimeProvider time)
    {
        Database = database;
        States = new SqliteBotStateStore(database, time);
        Fills = new SqliteFillLedger(database);
        Registry = new SqliteBotRegistry(database);
        Settings = new DocumentSettingsStore(new SqliteBotStateStore(database, time, "settings", "name"));
    }

    public SqliteDatabase Database { get; }

    public SqliteBotStateStore States { get; }

    public SqliteFillLedger Fills { get; }

    public SqliteBotRegistry Registry { get; }

    /// <summary>Table <c>settings</c>: one versioned JSON row per name.</summary>
    public ISettingsStore Settings { get; }

    public static async Task<SqliteStorage> OpenAsync(SqliteOptions options, TimeProvider time, CancellationToken ct)
    {
        Guard.NotNull(time);
        var database = await SqliteDatabase.OpenAsync(options, ct).ConfigureAwait(false);
        return new SqliteStorage(database, time);
    }

    public void Dispose() => Database.Dispose();
}
