using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using Microsoft.Data.Sqlite;

namespace GridBot.Storage.Sqlite;

/// <summary>
/// The fill ledger in table <c>fills</c>, keyed by (bot id, trade id). <c>seq</c> numbers a bot's fills 1, 2, 3...
/// in the order they were first recorded; it is computed inside the INSERT, which SQLite runs under its write lock,
/// so concurrent appends never share a number. Thread-safe (see <see cref="SqliteDatabase"/>).
/// </summary>
public sealed class SqliteFillLedger : IFillLedger
{
    // ON CONFLICT on the key (rather than INSERT OR IGNORE) ignores only a repeated trade: any other constraint
    // failure still raises instead of silently dropping a fill.
    private const string AppendSql = """
        INSERT INTO fills (bot_id, trade_id, seq, symbol, client_order_id, exchange_order_id, side,
                           price, quantity, fee_amount, fee_asset, is_maker, time_ms)
        VALUES (@bot, @trade, (SELECT COALESCE(MAX(seq), 0) + 1 FROM fills WHERE bot_id = @bot), @symbol,
                @client, @exchange, @side, @price, @quantity, @fee, @feeAsset, @maker, @time)
        ON CONFLICT (bot_id, trade_id) DO NOTHING;
        """;

    private const string QuerySql = """
        SELECT symbol, trade_id, client_order_id, exchange_order_id, side, price, quantity,
               fee_amount, fee_asset, is_maker, time_ms
        FROM fills
        WHERE bot_id = @bot AND (@since IS NULL OR time_ms >= @since)
        ORDER BY seq
        LIMIT @limit;
        """;

    private const string CountSql = "SELECT COUNT(*) FROM fills WHERE bot_id = @bot;";

    private readonly SqliteDatabase _database;

    public SqliteFillLedger(SqliteDatabase database) => _database = Guard.NotNull(database);

    public async Task<bool> AppendAsync(string botId, ExchangeFill fill, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        Guard.NotNull(fill);
        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = AppendSql;
            var p = command.Parameters;
            p.AddWithValue("@bot", botId);
            p.AddWithValue("@trade", Guard.NotBlank(fill.TradeId));
            p.AddWithValue("@symbol", StoredValues.FromSymbol(fill.Symbol));
            p.AddWithValue("@client", fill.ClientOrderId);
            p.AddWithValue("@exchange", fill.ExchangeOrderId);
            p.AddWithValue("@side", StoredValues.FromEnum(fill.Side));
            p.AddWithValue("@price", StoredValues.FromDecimal(fill.Price));
            p.AddWithValue("@quantity", StoredValues.FromDecimal(fill.Quantity));
            p.AddWithValue("@fee", StoredValues.FromDecimal(fill.Fee.Amount));
            p.AddWithValue("@feeAsset", fill.Fee.Asset);
            p.AddWithValue("@maker", fill.IsMaker ? 1 : 0);
            p.AddWithValue("@time", fill.TimeMs);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        }
    }

    /// <summary>Fills with <c>TimeMs ≥ sinceMs</c> (all when null), first recorded first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<ExchangeFill>> QueryAsync(string botId, long? sinceMs, int? limit, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        if (limit is { } max)
        {
            Guard.NonNegative(max, nameof(limit));
        }

        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = QuerySql;
            command.Parameters.AddWithValue("@bot", botId);
            command.Parameters.AddWithValue("@since", sinceMs is { } since ? since : DBNull.Value);
            command.Parameters.AddWithValue("@limit", limit ?? -1); // SQLite: a negative LIMIT means none
            return await ReadFillsAsync(command, ct).ConfigureAwait(false);
        }
    }

    public async Task<int> CountAsync(string botId, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = CountSql;
            command.Parameters.AddWithValue("@bot", botId);
            return Convert.ToInt32(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }

    private static async Task<IReadOnlyList<ExchangeFill>> ReadFillsAsync(SqliteCommand command, CancellationToken ct)
    {
        var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var fills = new List<ExchangeFill>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                fills.Add(ReadFill(reader));
            }

            return fills;
        }
    }

    private static ExchangeFill ReadFill(SqliteDataReader row) => new(
        Symbol: StoredValues.ToSymbol(row.GetString(0)),
        TradeId: row.GetString(1),
        ClientOrderId: row.GetString(2),
        ExchangeOrderId: row.GetString(3),
        Side: StoredValues.ToEnum<OrderSide>(row.GetString(4)),
        Price: StoredValues.ToDecimal(row.GetString(5)),
        Quantity: StoredValues.ToDecimal(row.GetString(6)),
        Fee: new CashAmount(StoredValues.ToDecimal(row.GetString(7)), row.GetString(8)),
        IsMaker: row.GetInt64(9) != 0,
        TimeMs: row.GetInt64(10));
}
