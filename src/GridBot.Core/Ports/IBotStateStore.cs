using GridBot.Core.Errors;

namespace GridBot.Core.Ports;

/// <summary>
/// Bot state with optimistic concurrency. <see cref="SaveAsync"/> with <c>ifMatch: null</c> creates and fails with
/// <see cref="ConcurrencyConflict"/> if the bot exists; with an ETag it succeeds only if the stored version still has
/// that tag. A conflict means: reload, re-apply the operation, save again.
/// </summary>
public interface IBotStateStore
{
    /// <summary>Error code of a failed conditional save (the stored version changed).</summary>
    public const string ConcurrencyConflict = "ConcurrencyConflict";

    /// <summary>The bot's state JSON and ETag, or null when there is no such bot.</summary>
    Task<StoredState<string>?> LoadAsync(string botId, CancellationToken ct);

    /// <summary>Saves the state JSON; returns the new ETag.</summary>
    Task<Result<string>> SaveAsync(string botId, string stateJson, string? ifMatch, CancellationToken ct);

    Task<IReadOnlyList<string>> ListAsync(CancellationToken ct);
}
