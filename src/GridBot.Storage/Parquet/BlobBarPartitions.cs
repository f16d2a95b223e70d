using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// Day parts as block blobs named <c>bars/{venue}/{market}/{symbol}/{interval}/dt=YYYY-MM-DD/part-0.parquet</c> in one
/// container. A day is uploaded whole in one Put Blob, so a reader sees the old blob or the new one. A missing
/// container is an error on every call, except that <paramref name="createContainerIfMissing"/> lets writes create it.
/// </summary>
internal sealed class BlobBarPartitions(BlobContainerClient container, bool createContainerIfMissing) : IBarPartitions
{
    private const char Separator = '/';
    private volatile bool _containerReady;

    public BlobContainerClient Container { get; } = container;

    /// <summary>Downloads are I/O-bound: more at once than cores pays off, without flooding the account.</summary>
    public int ReadParallelism => 16;

    public static string SeriesPrefix(BarSeries series) =>
        string.Join(Separator, [BarPartitionLayout.BarsFolder, .. BarPartitionLayout.SeriesSegments(series)]) + Separator;

    public static string BlobName(BarSeries series, long day) =>
        SeriesPrefix(series) + BarPartitionLayout.DayFolder(day) + Separator + BarPartitionLayout.PartFile;

    /// <summary>The container's address (never a SAS query) and the blob name as listed: readable, and no secret.</summary>
    public string PartName(BarSeries series, long day) => $"{ContainerAddress}/{BlobName(series, day)}";

    public async Task<Result<IReadOnlyList<long>>> StoredDaysAsync(BarSeries series, CancellationToken ct)
    {
        var prefix = SeriesPrefix(series);
        var days = new List<long>();
        try
        {
            await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, ct).ConfigureAwait(false))
            {
                var rest = item.Name.AsSpan(prefix.Length);
                var slash = rest.IndexOf(Separator);
                if (slash > 0 && rest[(slash + 1)..].SequenceEqual(BarPartitionLayout.PartFile) &&
                    BarPartitionLayout.TryParseDayFolder(rest[..slash].ToString(), out var day))
                {
                    days.Add(day);
                }
            }

            return days;
        }
        catch (Exception e) when (IsFailure(e, ct))
        {
            return Failed(PrefixName(prefix), e, BarStoreErrors.Unlistable);
        }
    }

    public async Task<Result<Bar[]>> ReadDayAsync(BarSeries series, long day, CancellationToken ct)
    {
        var blob = Container.GetBlobClient(BlobName(series, day));
        var name = PartName(series, day);
        BinaryData content;
        try
        {
            content = (await blob.DownloadContentAsync(ct).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.BlobNotFound.ToString())
        {
            return Array.Empty<Bar>();
        }
        catch (Exception e) when (IsFailure(e, ct))
        {
            return Failed(name, e, BarStoreErrors.Unreadable);
        }

        using var stream = content.ToStream();
        return await BarParquetFile.ReadAsync(stream, name, ct).ConfigureAwait(false);
    }

    public async Task<Result<int>> WriteDayAsync(BarSeries series, long day, IReadOnlyList<Bar> bars, CancellationToken ct)
    {
        var blob = Container.GetBlockBlobClient(BlobName(series, day));
        try
        {
            using var stream = new MemoryStream();
            await BarParquetFile.WriteAsync(stream, bars, ct).ConfigureAwait(false);
            stream.Position = 0;

            // BlockBlobClient.Upload is always a single Put Blob (never staged blocks), so the day is replaced at once.
            await blob.UploadAsync(stream, new BlobUploadOptions(), ct).ConfigureAwait(false);
            return bars.Count;
        }
        catch (Exception e) when (IsFailure(e, ct))
        {
            return Failed(PartName(series, day), e, BarStoreErrors.Unwritable);
        }
    }

    public async Task<Result<IReadOnlyList<BarSeries>>> StoredSeriesAsync(CancellationToken ct)
    {
        var prefix = BarPartitionLayout.BarsFolder + Separator;
        var found = new HashSet<BarSeries>();
        try
        {
            await foreach (var item in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, ct).ConfigureAwait(false))
            {
                // bars/{venue}/{market}/{symbol}/{interval}/dt=…/part-0.parquet
                var names = item.Name.Split(Separator);
                if (names.Length == 7 && names[6] == BarPartitionLayout.PartFile &&
                    BarPartitionLayout.TryParseSeries(names[1], names[2], names[3], names[4]) is { } series)
                {
                    found.Add(series);
                }
            }

            return found.ToArray();
        }
        catch (Exception e) when (IsFailure(e, ct))
        {
            return Failed(PrefixName(prefix), e, BarStoreErrors.Unlistable);
        }
    }

    public async Task<Error?> PrepareWriteAsync(CancellationToken ct)
    {
        if (!createContainerIfMissing || _containerReady)
        {
            return null;
        }

        try
        {
            await Container.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
            _containerReady = true;
            return null;
        }
        catch (Exception e) when (IsFailure(e, ct))
        {
            return Failed(ContainerAddress, e, BarStoreErrors.Unwritable);
        }
    }

    /// <summary>Anything but the caller's own cancellation (an SDK timeout is a failure, not a cancellation).</summary>
    private static bool IsFailure(Exception e, CancellationToken ct) => !(e is OperationCanceledException && ct.IsCancellationRequested);

    private string ContainerAddress => Container.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    private string PrefixName(string prefix) => $"{ContainerAddress}/{prefix}";

    private Error Failed(string target, Exception e, Func<string, Exception, Error> otherwise) => e switch
    {
        RequestFailedException { ErrorCode: var code } when code == BlobErrorCode.ContainerNotFound.ToString() =>
            BarStoreErrors.ContainerMissing(Container.Name, ContainerAddress),
        RequestFailedException { Status: 403 } refused => BarStoreErrors.AccessRefused(target, refused),
        _ => otherwise(target, e),
    };
}
