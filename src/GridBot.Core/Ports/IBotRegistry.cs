namespace GridBot.Core.Ports;

public interface IBotRegistry
{
    Task UpsertAsync(BotInfo bot, CancellationToken ct);

    Task<BotInfo?> GetAsync(string botId, CancellationToken ct);

    Task<IReadOnlyList<BotInfo>> ListAsync(CancellationToken ct);
}
