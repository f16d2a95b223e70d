using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Ports;

namespace GridBot.Storage.Azure;

/// <summary>
/// Bot state as one JSON blob per bot (<c>{bot id}.json</c>) with the blob's own ETag: a create is an upload with
/// <c>If-None-Match: *</c> (409 when the bot exists), a save is an upload with <c>If-Match</c> (412 when another
/// writer saved first). Both refusals are <see cref="IBotStateStore.ConcurrencyConflict"/>: reload and re-apply. Used
/// by the local runtime on Azure storage; the Function app keeps bot state in its entity. Thread-safe.
/// </summary>
public sealed class BlobBotStateStore : IBotStateStore
{
    private const string Suffix = ".json";
    private readonly BlobContainerClient _container;

    public BlobBotStateStore(BlobContainerClient container) => _container = Guard.NotNull(container);

    public async Task<StoredState<string>?> LoadAsync(string botId, CancellationToken ct)
    {
        var blob = BlobOf(botId);
        try
        {
            var content = await blob.DownloadContentAsync(ct).ConfigureAwait(false);
            return new StoredState<string>(content.Value.Content.ToString(), content.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound)
        {
            return null;
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable(Describe(blob), e);
        }
    }

    public async Task<Result<string>> SaveAsync(string botId, string stateJson, string? ifMatch, CancellationToken ct)
    {
        Guard.NotNull(stateJson);
        var blob = BlobOf(botId);
        var conditions = ifMatch is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = new ETag(ifMatch) };
        var options = new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } };
        try
        {
            var uploaded = await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(stateJson)), options, ct).ConfigureAwait(false);
            return uploaded.Value.ETag.ToString();
        }
        catch (RequestFailedException e) when (ifMatch is null && e.Status == 409)
        {
            return Conflict($"bot '{botId}' already exists: load it and save with its ETag");
        }
        catch (RequestFailedException e) when (ifMatch is not null && (e.Status == 412 || e.ErrorCode == BlobErrorCode.BlobNotFound))
        {
            // Blob storage answers 412 both for a changed blob and for none at all: tell the two apart for the message.
            return await ExistsAsync(blob, ct).ConfigureAwait(false)
                ? Conflict($"stale ETag {ifMatch} for bot '{botId}': reload and re-apply")
                : Conflict($"bot '{botId}' does not exist: create it with no ETag (ifMatch null)");
        }
        catch (RequestFailedException e)
        {
            return new Error(ErrorKind.Other, "StorageUnavailable", AzureFailures.Unavailable(Describe(blob), e).Message);
        }
    }

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken ct)
    {
        var ids = new List<string>();
        try
        {
            await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions(), ct).ConfigureAwait(false))
            {
                if (item.Name.EndsWith(Suffix, StringComparison.Ordinal))
                {
                    ids.Add(item.Name[..^Suffix.Length]);
                }
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"container '{_container.Name}' at {_container.Uri}", e);
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private static async Task<bool> ExistsAsync(BlobClient blob, CancellationToken ct)
    {
        try
        {
            return await blob.ExistsAsync(ct).ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            return true; // cannot tell: report the conflict as a stale tag, the common case
        }
    }

    private BlobClient BlobOf(string botId)
    {
        Guard.NotBlank(botId);
        Guard.That(!botId.Contains('/', StringComparison.Ordinal) && !botId.Contains('\\', StringComparison.Ordinal), $"bot id '{botId}' must not contain '/' or '\\'");
        return _container.GetBlobClient(botId + Suffix);
    }

    private static string Describe(BlobClient blob) => $"blob '{blob.BlobContainerName}/{blob.Name}' at {blob.Uri}";

    private static Error Conflict(string message) => new(ErrorKind.Other, IBotStateStore.ConcurrencyConflict, message);
}
