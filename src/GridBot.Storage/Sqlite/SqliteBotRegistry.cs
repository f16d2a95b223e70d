using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using Microsoft.Data.Sqlite;

namespace GridBot.Storage.Sqlite;

/// <summary>
/// The bot registry in table <c>bots</c>. An upsert of an existing bot keeps its stored <c>CreatedMs</c> and takes
/// every other field from the new row. Thread-safe (see <see cref="SqliteDatabase"/>).
/// </summary>
public sealed class SqliteBotRegistry : IBotRegistry
{
    private const string UpsertSql = """
        INSERT INTO bots (bot_id, venue, market, symbol, status, created_ms, updated_ms)
        VALUES (@id, @venue, @market, @symbol, @status, @created, @updated)
        ON CONFLICT (bot_id) DO UPDATE SET
            venue = excluded.venue, market = excluded.market, symbol = excluded.symbol,
            status = excluded.status, updated_ms = excluded.updated_ms;
        """;

    private const string Columns = "bot_id, venue, market, symbol, status, created_ms, updated_ms";

    private const string GetSql = "SELECT " + Columns + " FROM bots WHERE bot_id = @id;";

    private const string ListSql = "SELECT " + Columns + " FROM bots ORDER BY bot_id;";

    private readonly SqliteDatabase _database;

    public SqliteBotRegistry(SqliteDatabase database) => _database = Guard.NotNull(database);

    public async Task UpsertAsync(BotInfo bot, CancellationToken ct)
    {
        Guard.NotNull(bot);
        Guard.NotBlank(bot.BotId);
        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = UpsertSql;
            var p = command.Parameters;
            p.AddWithValue("@id", bot.BotId);
            p.AddWithValue("@venue", StoredValues.FromEnum(bot.Venue));
            p.AddWithValue("@market", StoredValues.FromEnum(bot.Market));
            p.AddWithValue("@symbol", bot.Symbol);
            p.AddWithValue("@status", bot.Status);
            p.AddWithValue("@created", bot.CreatedMs);
            p.AddWithValue("@updated", bot.UpdatedMs);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public async Task<BotInfo?> GetAsync(string botId, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        var bots = await QueryAsync(GetSql, botId, ct).ConfigureAwait(false);
        return bots.Count == 0 ? null : bots[0];
    }

    public Task<IReadOnlyList<BotInfo>> ListAsync(CancellationToken ct) => QueryAsync(ListSql, null, ct);

    private async Task<IReadOnlyList<BotInfo>> QueryAsync(string sql, string? botId, CancellationToken ct)
    {
        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            if (botId is not null)
            {
                command.Parameters.AddWithValue("@id", botId);
            }

            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var bots = new List<BotInfo>();
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    bots.Add(ReadBot(reader));
                }

                return bots;
            }
        }
    }

    private static BotInfo ReadBot(SqliteDataReader row) => new(
        BotId: row.GetString(0),
        Venue: StoredValues.ToEnum<Venue>(row.GetString(1)),
        Market: StoredValues.ToEnum<MarketType>(row.GetString(2)),
        Symbol: row.GetString(3),
        Status: row.GetString(4),
        CreatedMs: row.GetInt64(5),
        UpdatedMs: row.GetInt64(6));
}
