using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Ports;

namespace GridBot.Storage;

/// <summary>
/// Settings documents kept by a versioned JSON store of the bot-state kind (a SQLite table of the same shape, or a Blob
/// container of <c>{key}.json</c> blobs with their ETags): same create/conditional-save rules, another table or container.
/// </summary>
internal sealed class DocumentSettingsStore(IBotStateStore documents) : ISettingsStore
{
    private readonly IBotStateStore _documents = Guard.NotNull(documents);

    public Task<StoredState<string>?> LoadAsync(string key, CancellationToken ct) => _documents.LoadAsync(key, ct);

    public Task<Result<string>> SaveAsync(string key, string json, string? ifMatch, CancellationToken ct) =>
        _documents.SaveAsync(key, json, ifMatch, ct);
}
