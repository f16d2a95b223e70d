using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// Where a bar store keeps its day partitions (a local folder, a blob container), laid out by
/// <see cref="BarPartitionLayout"/>. The store logic (<see cref="ParquetBarStore"/>) is written once over this.
/// </summary>
internal interface IBarPartitions
{
    /// <summary>How many day parts to read at once.</summary>
    int ReadParallelism { get; }

    /// <summary>What errors call the part of <paramref name="series"/>' <paramref name="day"/> (a path, a blob URI).</summary>
    string PartName(BarSeries series, long day);

    /// <summary>The days of <paramref name="series"/> that have a part, in any order.</summary>
    Task<Result<IReadOnlyList<long>>> StoredDaysAsync(BarSeries series, CancellationToken ct);

    /// <summary>A day's bars, ascending by open time; no bars when the day has no part.</summary>
    Task<Result<Bar[]>> ReadDayAsync(BarSeries series, long day, CancellationToken ct);

    /// <summary>Replaces a day's part with <paramref name="bars"/> (ascending, unique open times) in one step: readers see the old part or the new one.</summary>
    Task<Result<int>> WriteDayAsync(BarSeries series, long day, IReadOnlyList<Bar> bars, CancellationToken ct);

    /// <summary>Every series whose names parse and that may have parts, in any order; others are ignored.</summary>
    Task<Result<IReadOnlyList<BarSeries>>> StoredSeriesAsync(CancellationToken ct);

    /// <summary>Makes ready for writes (e.g. creates a container when allowed); null when writes may go ahead.</summary>
    Task<Error?> PrepareWriteAsync(CancellationToken ct);
}
