using Azure.Core;
using Azure.Storage.Blobs;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// <see cref="IBarStore"/> in an Azure Blob container: a Parquet blob per series and UTC day named as the local store's
/// files are, <c>bars/{venue}/{market}/{symbol}/{interval}/dt=YYYY-MM-DD/part-0.parquet</c>. Each day is replaced in
/// one Put Blob (readers see the old day or the new one); an upsert over several days that fails part-way keeps the
/// days it finished. One writer per series at a time (the caller's rule); readers may run alongside it.
/// A missing container is an error (<c>BarContainerMissing</c>) on every call and is never created by a read; with
/// <c>createContainerIfMissing</c> an upsert creates it first. Refused access (403) is an <see cref="ErrorKind.Auth"/>
/// error naming the container or blob.
/// </summary>
public sealed class BlobParquetBarStore : IBarStore
{
    private readonly BlobBarPartitions _partitions;
    private readonly ParquetBarStore _store;

    /// <param name="container">The container holding the <c>bars/</c> blobs.</param>
    /// <param name="createContainerIfMissing">Whether an upsert may create the container; reads never do.</param>
    public BlobParquetBarStore(BlobContainerClient container, bool createContainerIfMissing = false)
    {
        _partitions = new BlobBarPartitions(Guard.NotNull(container), createContainerIfMissing);
        _store = new ParquetBarStore(_partitions);
    }

    public BlobContainerClient Container => _partitions.Container;

    /// <summary>A store on container <paramref name="containerName"/> of the account in <paramref name="connectionString"/>.</summary>
    public static BlobParquetBarStore FromConnectionString(string connectionString, string containerName, bool createContainerIfMissing = false) =>
        new(new BlobContainerClient(Guard.NotBlank(connectionString), Guard.NotBlank(containerName)), createContainerIfMissing);

    /// <summary>A store on the container at <paramref name="containerUri"/>, signed in with <paramref name="credential"/> (e.g. a managed identity).</summary>
    public static BlobParquetBarStore FromUri(Uri containerUri, TokenCredential credential, bool createContainerIfMissing = false) =>
        new(new BlobContainerClient(Guard.NotNull(containerUri), Guard.NotNull(credential)), createContainerIfMissing);

    /// <summary>The name of the blob holding <paramref name="series"/>' bars of the UTC day of <paramref name="openTimeMs"/>.</summary>
    public static string PartitionBlobName(BarSeries series, long openTimeMs) =>
        BlobBarPartitions.BlobName(Guard.NotNull(series), BarPartitionLayout.DayOf(openTimeMs));

    public Task<Result<BarUpsertSummary>> UpsertAsync(BarSeries series, IReadOnlyCollection<Bar> bars, CancellationToken ct) =>
        _store.UpsertAsync(series, bars, ct);

    public Task<Result<IReadOnlyList<Bar>>> LoadAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct) =>
        _store.LoadAsync(series, fromMs, toMs, ct);

    public Task<Result<long?>> LastOpenTimeAsync(BarSeries series, CancellationToken ct) => _store.LastOpenTimeAsync(series, ct);

    public Task<Result<IReadOnlyList<BarTimeRange>>> PlanGapsAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct) =>
        _store.PlanGapsAsync(series, fromMs, toMs, ct);

    public Task<Result<IReadOnlyList<BarSeriesInfo>>> ListSeriesAsync(CancellationToken ct) => _store.ListSeriesAsync(ct);
}
