using Azure;
using Azure.Data.Tables;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Azure;

/// <summary>
/// The bot registry in an Azure table (<c>bots</c>): one partition (<c>bot</c>), row = bot id. An upsert of an
/// existing bot keeps its stored <c>CreatedMs</c> and takes every other field from the new row (a merge that leaves
/// <c>CreatedMs</c> out), as the SQLite registry does. Thread-safe.
/// </summary>
public sealed class TableBotRegistry : IBotRegistry
{
    private const string Partition = "bot";
    private readonly TableClient _table;

    public TableBotRegistry(TableClient table) => _table = Guard.NotNull(table);

    public async Task UpsertAsync(BotInfo bot, CancellationToken ct)
    {
        Guard.NotNull(bot);
        Guard.NotBlank(bot.BotId);
        var entity = new TableEntity(Partition, TableKeys.Encode(bot.BotId))
        {
            ["BotId"] = bot.BotId,
            ["Venue"] = StoredValues.FromEnum(bot.Venue),
            ["Market"] = StoredValues.FromEnum(bot.Market),
            ["Symbol"] = bot.Symbol,
            ["Status"] = bot.Status,
            ["UpdatedMs"] = bot.UpdatedMs,
        };
        try
        {
            try
            {
                await _table.AddEntityAsync(new TableEntity(entity) { ["CreatedMs"] = bot.CreatedMs }, ct).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                await _table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, ct).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"table '{_table.Name}' (bot '{bot.BotId}')", e);
        }
    }

    public async Task<BotInfo?> GetAsync(string botId, CancellationToken ct)
    {
        Guard.NotBlank(botId);
        try
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(botId), cancellationToken: ct).ConfigureAwait(false);
            return row.HasValue ? FromEntity(row.Value!) : null;
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"table '{_table.Name}' (bot '{botId}')", e);
        }
    }

    public async Task<IReadOnlyList<BotInfo>> ListAsync(CancellationToken ct)
    {
        var bots = new List<BotInfo>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>($"PartitionKey eq '{Partition}'", cancellationToken: ct).ConfigureAwait(false))
            {
                bots.Add(FromEntity(row));
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"table '{_table.Name}'", e);
        }

        bots.Sort((a, b) => string.CompareOrdinal(a.BotId, b.BotId));
        return bots;
    }

    private static BotInfo FromEntity(TableEntity e) => new(
        BotId: e.GetString("BotId"),
        Venue: StoredValues.ToEnum<Venue>(e.GetString("Venue")),
        Market: StoredValues.ToEnum<MarketType>(e.GetString("Market")),
        Symbol: e.GetString("Symbol"),
        Status: e.GetString("Status"),
        CreatedMs: e.GetInt64("CreatedMs") ?? 0,
        UpdatedMs: e.GetInt64("UpdatedMs") ?? 0);
}
