using GridBot.Core.Errors;

namespace GridBot.Core.Ports;

/// <summary>
/// Small JSON documents an operator changes at run time (the operator's switches), kept across restarts, with the same
/// optimistic concurrency as bot state: <see cref="SaveAsync"/> with <c>ifMatch: null</c> creates and fails with
/// <see cref="ConcurrencyConflict"/> when the key exists; with an ETag it succeeds only if the stored version still has it.
/// </summary>
public interface ISettingsStore
{
    /// <summary>Error code of a failed conditional save (the stored version changed, or the key exists on create).</summary>
    public const string ConcurrencyConflict = IBotStateStore.ConcurrencyConflict;

    /// <summary>The document and its ETag, or null when nothing is stored under <paramref name="key"/>.</summary>
    Task<StoredState<string>?> LoadAsync(string key, CancellationToken ct);

    /// <summary>Saves the document; returns the new ETag.</summary>
    Task<Result<string>> SaveAsync(string key, string json, string? ifMatch, CancellationToken ct);
}
