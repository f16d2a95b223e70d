namespace GridBot.Core.Ports;

/// <summary>
/// Reports and other documents by name: a relative path of segments made of letters, digits, <c>.</c>, <c>_</c> and
/// <c>-</c>, separated by <c>/</c> (e.g. <c>daily/2026-12-05/btc-grid.html</c>). A put replaces the whole artifact at
/// once: a reader sees the old content or the new, never part of either. Infrastructure failures throw
/// <see cref="StorageUnavailableException"/>.
/// </summary>
public interface IArtifactStore
{
    Task PutAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct);

    /// <summary>The artifact's content, or null when there is none by that name.</summary>
    Task<byte[]?> GetAsync(string name, CancellationToken ct);

    /// <summary>The artifacts whose names start with <paramref name="prefix"/> (all when empty), by name.</summary>
    Task<IReadOnlyList<ArtifactInfo>> ListAsync(string prefix, CancellationToken ct);
}
