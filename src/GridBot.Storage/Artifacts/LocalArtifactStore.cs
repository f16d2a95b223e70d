using GridBot.Core.Common;
using GridBot.Core.Ports;

namespace GridBot.Storage.Artifacts;

/// <summary>
/// Artifacts (reports) as files under a folder (the embedded default: <c>reports/</c>). A put writes a temp file
/// beside the target and moves it over, so a reader sees the old file or the new one. Infrastructure failures (no
/// permission, disk full) throw <see cref="StorageUnavailableException"/> naming the file.
/// </summary>
public sealed class LocalArtifactStore : IArtifactStore
{
    public LocalArtifactStore(string folder) => Folder = Path.GetFullPath(Guard.NotBlank(folder));

    public string Folder { get; }

    public async Task PutAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct)
    {
        var path = PathOf(name);
        Guard.NotBlank(contentType);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(temp, content.ToArray(), ct).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new StorageUnavailableException($"{path}: cannot write the artifact: {e.Message}", e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public async Task<byte[]?> GetAsync(string name, CancellationToken ct)
    {
        var path = PathOf(name);
        try
        {
            return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"{path}: cannot read the artifact: {e.Message}", e);
        }
    }

    public Task<IReadOnlyList<ArtifactInfo>> ListAsync(string prefix, CancellationToken ct)
    {
        Guard.NotNull(prefix);
        if (!Directory.Exists(Folder))
        {
            return Task.FromResult<IReadOnlyList<ArtifactInfo>>([]);
        }

        try
        {
            var found = Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal))
                .Select(f => (Name: Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/'), Path: f))
                .Where(f => f.Name.StartsWith(prefix, StringComparison.Ordinal) && ArtifactNames.Problem(f.Name) is null)
                .Select(f => new ArtifactInfo(f.Name, new FileInfo(f.Path).Length))
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult<IReadOnlyList<ArtifactInfo>>(found);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"{Folder}: cannot list the artifacts: {e.Message}", e);
        }
    }

    private string PathOf(string name) => Path.Combine(Folder, ArtifactNames.Require(name).Replace('/', Path.DirectorySeparatorChar));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // best effort: a stray temp file is ignored by ListAsync
        }
    }
}
