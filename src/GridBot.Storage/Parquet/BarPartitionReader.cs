using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Storage.Parquet;

/// <summary>Reads many part files on all cores, keeping their order; the first failing file (in that order) is the error.</summary>
internal static class BarPartitionReader
{
    public static async Task<Result<Bar[][]>> ReadAllAsync(string[] paths, CancellationToken ct)
    {
        var results = new Result<Bar[]>[paths.Length];
        var options = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, paths.Length), options, async (i, token) =>
            results[i] = await BarParquetFile.ReadAsync(paths[i], token).ConfigureAwait(false)).ConfigureAwait(false);

        var parts = new Bar[paths.Length][];
        for (var i = 0; i < paths.Length; i++)
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
