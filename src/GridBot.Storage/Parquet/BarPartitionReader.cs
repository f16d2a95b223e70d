using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>Reads many day parts at once (as many as the partitions allow), keeping their order; the first failing day (in that order) is the error.</summary>
internal static class BarPartitionReader
{
    public static async Task<Result<Bar[][]>> ReadAllAsync(IBarPartitions partitions, BarSeries series, long[] days, CancellationToken ct)
    {
        var results = new Result<Bar[]>[days.Length];
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = partitions.ReadParallelism };
        await Parallel.ForEachAsync(Enumerable.Range(0, days.Length), options, async (i, token) =>
            results[i] = await partitions.ReadDayAsync(series, days[i], token).ConfigureAwait(false)).ConfigureAwait(false);

        var parts = new Bar[days.Length][];
        for (var i = 0; i < days.Length; i++)
        {
            if (!results[i].IsSuccess)
            {
                return results[i].Error!;
            }

            parts[i] = results[i].Value;
        }

        return parts;
    }
}
