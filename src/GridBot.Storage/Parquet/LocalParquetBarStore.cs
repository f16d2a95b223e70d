using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// <see cref="IBarStore"/> on the local file system: a Parquet file per series and UTC day under
/// <c>{root}/bars/{venue}/{market}/{symbol}/{interval}/dt=YYYY-MM-DD/part-0.parquet</c> (see <see cref="BarParquetFile"/>).
/// Each day is replaced atomically (a temp file moved over the part); an upsert over several days that fails part-way
/// keeps the days it finished. One writer per series at a time (the caller's rule); readers may run alongside it.
/// </summary>
public sealed class LocalParquetBarStore : IBarStore
{
    private readonly LocalBarPartitions _partitions;
    private readonly ParquetBarStore _store;

    public LocalParquetBarStore(string root)
    {
        _partitions = new LocalBarPartitions(Guard.NotBlank(root));
        _store = new ParquetBarStore(_partitions);
    }

    /// <summary>The <c>bars</c> folder under the root.</summary>
    public string BarsFolder => _partitions.BarsFolder;

    /// <summary>The part file holding <paramref name="series"/>' bars of the UTC day of <paramref name="openTimeMs"/>.</summary>
    public string PartitionPath(BarSeries series, long openTimeMs) =>
        _partitions.PartName(Guard.NotNull(series), BarPartitionLayout.DayOf(openTimeMs));

    public Task<Result<BarUpsertSummary>> UpsertAsync(BarSeries series, IReadOnlyCollection<Bar> bars, CancellationToken ct) =>
        _store.UpsertAsync(series, bars, ct);

    public Task<Result<IReadOnlyList<Bar>>> LoadAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct) =>
        _store.LoadAsync(series, fromMs, toMs, ct);

    public Task<Result<long?>> LastOpenTimeAsync(BarSeries series, CancellationToken ct) => _store.LastOpenTimeAsync(series, ct);

    public Task<Result<IReadOnlyList<BarTimeRange>>> PlanGapsAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct) =>
        _store.PlanGapsAsync(series, fromMs, toMs, ct);

    public Task<Result<IReadOnlyList<BarSeriesInfo>>> ListSeriesAsync(CancellationToken ct) => _store.ListSeriesAsync(ct);
}
