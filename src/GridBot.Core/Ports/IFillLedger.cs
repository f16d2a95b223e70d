namespace GridBot.Core.Ports;

/// <summary>Every fill a bot has seen, keyed by (bot id, trade id): appending the same trade twice stores it once.</summary>
public interface IFillLedger
{
    /// <summary>True when the fill was new, false when that trade id was already recorded.</summary>
    Task<bool> AppendAsync(string botId, ExchangeFill fill, CancellationToken ct);

    /// <summary>The bot's fills in the order they were first recorded.</summary>
    Task<IReadOnlyList<ExchangeFill>> QueryAsync(string botId, long? sinceMs, int? limit, CancellationToken ct);

    Task<int> CountAsync(string botId, CancellationToken ct);
}
