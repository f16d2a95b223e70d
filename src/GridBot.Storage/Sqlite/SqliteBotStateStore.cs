using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Ports;
using Microsoft.Data.Sqlite;

namespace GridBot.Storage.Sqlite;

/// <summary>
/// Bot state in table <c>bots_state</c>. The ETag is the row's version counter (<c>"v1"</c> on create, then
/// <c>"v2"</c>, ...), so it changes on every save; a save with an ETag is one conditional UPDATE, atomic without an
/// explicit transaction. Thread-safe (see <see cref="SqliteDatabase"/>).
/// </summary>
public sealed class SqliteBotStateStore : IBotStateStore
{
    private readonly string _insertSql;
    private readonly string _updateSql;
    private readonly string _etagSql;
    private readonly string _loadSql;
    private readonly string _listSql;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteBotStateStore(SqliteDatabase database, TimeProvider time)
        : this(database, time, "bots_state", "bot_id")
    {
    }

    /// <summary>
    /// The same versioned JSON rows in another table of the same shape (<c>key, state_json, etag, version, updated_ms</c>):
    /// the operator's settings live in <c>settings</c>, keyed by <c>name</c>. The names are the schema's, never input.
    /// </summary>
    internal SqliteBotStateStore(SqliteDatabase database, TimeProvider time, string table, string keyColumn)
    {
        _database = Guard.NotNull(database);
        _time = Guard.NotNull(time);
        _insertSql = $"""
            INSERT INTO {table} ({keyColumn}, state_json, etag, version, updated_ms)
            VALUES (@id, @json, 'v1', 1, @now)
            ON CONFLICT ({keyColumn}) DO NOTHING;
            """;
        _updateSql = $"""
            UPDATE {table}
            SET state_json = @json, version = version + 1, etag = 'v' || (version + 1), updated_ms = @now
            WHERE {keyColumn} = @id AND etag = @tag
            RETURNING etag;
            """;
        _etagSql = $"SELECT etag FROM {table} WHERE {keyColumn} = @id;";
        _loadSql = $"SELECT state_json, etag FROM {table} WHERE {keyColumn} = @id;";
        _listSql = $"SELECT {keyColumn} FROM {table} ORDER BY {keyColumn};";
    }

    public async Task<StoredState<string>?> LoadAsync(string botId, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _loadSql;
            command.Parameters.AddWithValue("@id", botId);
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(ct).ConfigureAwait(false)
                    ? new StoredState<string>(reader.GetString(0), reader.GetString(1))
                    : null;
            }
        }
    }

    public async Task<Result<string>> SaveAsync(string botId, string stateJson, string? ifMatch, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        Guard.NotNull(stateJson);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return ifMatch is null
                ? await InsertAsync(connection, botId, stateJson, now, ct).ConfigureAwait(false)
                : await UpdateAsync(connection, botId, stateJson, ifMatch, now, ct).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken ct)
    {
        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _listSql;
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var ids = new List<string>();
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    ids.Add(reader.GetString(0));
                }

                return ids;
            }
        }
    }

    private async Task<Result<string>> InsertAsync(
        SqliteConnection connection, string botId, string stateJson, long now, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _insertSql;
        command.Parameters.AddWithValue("@id", botId);
        command.Parameters.AddWithValue("@json", stateJson);
        command.Parameters.AddWithValue("@now", now);
        var inserted = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return inserted == 1
            ? "v1"
            : Conflict($"bot '{botId}' already exists: load it and save with its ETag");
    }

    private async Task<Result<string>> UpdateAsync(
        SqliteConnection connection, string botId, string stateJson, string ifMatch, long now, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _updateSql;
        command.Parameters.AddWithValue("@id", botId);
        command.Parameters.AddWithValue("@json", stateJson);
        command.Parameters.AddWithValue("@tag", ifMatch);
        command.Parameters.AddWithValue("@now", now);
        var etag = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        if (etag is string newTag)
        {
            return newTag;
        }

        var current = await CurrentEtagAsync(connection, botId, ct).ConfigureAwait(false);
        return current is null
            ? Conflict($"bot '{botId}' does not exist: create it with no ETag (ifMatch null)")
            : Conflict($"stale ETag '{ifMatch}' for bot '{botId}' (stored: '{current}'): reload and re-apply");
    }

    private async Task<string?> CurrentEtagAsync(SqliteConnection connection, string botId, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _etagSql;
        command.Parameters.AddWithValue("@id", botId);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    private static Error Conflict(string message) => new(ErrorKind.Other, IBotStateStore.ConcurrencyConflict, message);
}
