using Azure;
using Azure.Data.Tables;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Azure;

/// <summary>
/// The fill ledger in an Azure table (<c>fills</c>): partition = bot id, row = trade id (both via <see cref="TableKeys"/>),
/// so a re-inserted fill meets its own row and is counted once. Each partition also holds a counter row
/// (<c>~count</c>); an append is one entity-group transaction that adds the fill and moves the counter from n to n+1
/// under its ETag, so fills are numbered 1, 2, 3... in the order first recorded, the count is one read, and two
/// writers racing on a bot retry instead of sharing a number. Thread-safe.
/// </summary>
public sealed class TableFillLedger : IFillLedger
{
    private const string CounterKey = "~count";
    private const int MaxAttempts = 100;
    private readonly TableClient _table;

    public TableFillLedger(TableClient table) => _table = Guard.NotNull(table);

    public async Task<bool> AppendAsync(string botId, ExchangeFill fill, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        Guard.NotNull(fill);
        Guard.NotBlank(fill.TradeId);
        var partition = TableKeys.Encode(botId);
        var row = TableKeys.Encode(fill.TradeId);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                if (await ExistsAsync(partition, row, ct).ConfigureAwait(false))
                {
                    return false;
                }

                var counter = await _table.GetEntityIfExistsAsync<TableEntity>(partition, CounterKey, cancellationToken: ct).ConfigureAwait(false);
                var count = counter.HasValue ? counter.Value!.GetInt64("Count") ?? 0 : 0;
                var next = new TableEntity(partition, CounterKey) { ["Count"] = count + 1 };
                TableTransactionAction counterAction = counter.HasValue
                    ? new(TableTransactionActionType.UpdateReplace, next, counter.Value!.ETag)
                    : new(TableTransactionActionType.Add, next);
                var entity = ToEntity(partition, row, count + 1, fill);
                try
                {
                    await _table.SubmitTransactionAsync([counterAction, new(TableTransactionActionType.Add, entity)], ct).ConfigureAwait(false);
                    return true;
                }
                catch (TableTransactionFailedException e) when ((e.Status is 409 or 412) && attempt < MaxAttempts)
                {
                    // Another writer moved the counter or recorded this trade first: look again, after a short random
                    // pause that grows with the attempts, so writers racing on one bot stop colliding.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, 1 << Math.Min(attempt, 6))), ct).ConfigureAwait(false);
                }
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"table '{_table.Name}' (fills of bot '{botId}', trade '{fill.TradeId}')", e);
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

        var filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Encode(botId))} and RowKey ne '{CounterKey}'";
        if (sinceMs is { } since)
        {
            filter += $" and TimeMs ge {since}L";
        }

        var rows = new List<(long Seq, ExchangeFill Fill)>();
        try
        {
            await foreach (var entity in _table.QueryAsync<TableEntity>(filter, cancellationToken: ct).ConfigureAwait(false))
            {
                rows.Add((entity.GetInt64("Seq") ?? 0, FromEntity(entity)));
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"table '{_table.Name}' (fills of bot '{botId}')", e);
        }

        rows.Sort((a, b) => a.Seq.CompareTo(b.Seq));
        return [.. rows.Take(limit ?? int.MaxValue).Select(r => r.Fill)];
    }

    public async Task<int> CountAsync(string botId, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        try
        {
            var counter = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(botId), CounterKey, cancellationToken: ct).ConfigureAwait(false);
            return counter.HasValue ? checked((int)(counter.Value!.GetInt64("Count") ?? 0)) : 0;
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"table '{_table.Name}' (fills of bot '{botId}')", e);
        }
    }

    private async Task<bool> ExistsAsync(string partition, string row, CancellationToken ct) =>
        (await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, ["RowKey"], ct).ConfigureAwait(false)).HasValue;

    private static TableEntity ToEntity(string partition, string row, long seq, ExchangeFill fill) => new(partition, row)
    {
        ["Seq"] = seq,
        ["TradeId"] = fill.TradeId,
        ["Symbol"] = StoredValues.FromSymbol(fill.Symbol),
        ["ClientOrderId"] = fill.ClientOrderId,
        ["ExchangeOrderId"] = fill.ExchangeOrderId,
        ["Side"] = StoredValues.FromEnum(fill.Side),
        ["Price"] = StoredValues.FromDecimal(fill.Price),
        ["Quantity"] = StoredValues.FromDecimal(fill.Quantity),
        ["FeeAmount"] = StoredValues.FromDecimal(fill.Fee.Amount),
        ["FeeAsset"] = fill.Fee.Asset,
        ["IsMaker"] = fill.IsMaker,
        ["TimeMs"] = fill.TimeMs,
    };

    private static ExchangeFill FromEntity(TableEntity e) => new(
        Symbol: StoredValues.ToSymbol(e.GetString("Symbol")),
        TradeId: e.GetString("TradeId"),
        ClientOrderId: e.GetString("ClientOrderId"),
        ExchangeOrderId: e.GetString("ExchangeOrderId"),
        Side: StoredValues.ToEnum<OrderSide>(e.GetString("Side")),
        Price: StoredValues.ToDecimal(e.GetString("Price")),
        Quantity: StoredValues.ToDecimal(e.GetString("Quantity")),
        Fee: new CashAmount(StoredValues.ToDecimal(e.GetString("FeeAmount")), e.GetString("FeeAsset")),
        IsMaker: e.GetBoolean("IsMaker") ?? false,
        TimeMs: e.GetInt64("TimeMs") ?? 0);
}
