using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GridBot.Core.Common;
using GridBot.Core.Ports;

namespace GridBot.Storage.Azure;

/// <summary>Artifacts (reports) as blobs in a container (<c>reports</c>), one upload per put. Thread-safe.</summary>
public sealed class BlobArtifactStore : IArtifactStore
{
    private readonly BlobContainerClient _container;

    public BlobArtifactStore(BlobContainerClient container) => _container = Guard.NotNull(container);

    public async Task PutAsync(string name, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct)
    {
        var blob = _container.GetBlobClient(ArtifactNames.Require(name));
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = Guard.NotBlank(contentType) } };
        try
        {
            await blob.UploadAsync(new BinaryData(content), options, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"blob '{_container.Name}/{name}' at {blob.Uri}", e);
        }
    }

    public async Task<byte[]?> GetAsync(string name, CancellationToken ct)
    {
        var blob = _container.GetBlobClient(ArtifactNames.Require(name));
        try
        {
            return (await blob.DownloadContentAsync(ct).ConfigureAwait(false)).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"blob '{_container.Name}/{name}' at {blob.Uri}", e);
        }
    }

    public async Task<IReadOnlyList<ArtifactInfo>> ListAsync(string prefix, CancellationToken ct)
    {
        Guard.NotNull(prefix);
        var found = new List<ArtifactInfo>();
        try
        {
            var options = new GetBlobsOptions { Prefix = prefix.Length == 0 ? null : prefix };
            await foreach (var item in _container.GetBlobsAsync(options, ct).ConfigureAwait(false))
            {
                found.Add(new ArtifactInfo(item.Name, item.Properties.ContentLength ?? 0));
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"container '{_container.Name}' at {_container.Uri}", e);
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return found;
    }
}
