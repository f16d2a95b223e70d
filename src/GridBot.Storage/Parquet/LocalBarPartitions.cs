using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Parquet;

/// <summary>
/// Day parts as files under <c>{root}/bars/…</c>. A write goes to a temp file in the day's folder and is moved over
/// the part file, so a reader sees the old day or the new one, never half of one.
/// </summary>
internal sealed class LocalBarPartitions(string root) : IBarPartitions
{
    public string BarsFolder { get; } = Path.Combine(Path.GetFullPath(root), BarPartitionLayout.BarsFolder);

    public int ReadParallelism => Environment.ProcessorCount;

    public string SeriesFolder(BarSeries series) => Path.Combine([BarsFolder, .. BarPartitionLayout.SeriesSegments(series)]);

    public string PartName(BarSeries series, long day) =>
        Path.Combine(SeriesFolder(series), BarPartitionLayout.DayFolder(day), BarPartitionLayout.PartFile);

    public Task<Result<IReadOnlyList<long>>> StoredDaysAsync(BarSeries series, CancellationToken ct)
    {
        var folder = SeriesFolder(series);
        try
        {
            var days = new List<long>();
            if (Directory.Exists(folder))
            {
                foreach (var dir in Directory.EnumerateDirectories(folder, "dt=*"))
                {
                    if (BarPartitionLayout.TryParseDayFolder(Path.GetFileName(dir), out var day) &&
                        File.Exists(Path.Combine(dir, BarPartitionLayout.PartFile)))
                    {
                        days.Add(day);
                    }
                }
            }

            return Task.FromResult(Result<IReadOnlyList<long>>.Ok(days));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(Result<IReadOnlyList<long>>.Fail(BarStoreErrors.Unlistable(folder, e)));
        }
    }

    public async Task<Result<Bar[]>> ReadDayAsync(BarSeries series, long day, CancellationToken ct)
    {
        var path = PartName(series, day);
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                return await BarParquetFile.ReadAsync(stream, path, ct).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Array.Empty<Bar>(); // removed since it was listed: as if it never was
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BarStoreErrors.Unreadable(path, e);
        }
    }

    public async Task<Result<int>> WriteDayAsync(BarSeries series, long day, IReadOnlyList<Bar> bars, CancellationToken ct)
    {
        var path = PartName(series, day);
        var folder = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(folder, $".{BarPartitionLayout.PartFile}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await BarParquetFile.WriteAsync(stream, bars, ct).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return bars.Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return BarStoreErrors.Unwritable(path, e);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    public Task<Result<IReadOnlyList<BarSeries>>> StoredSeriesAsync(CancellationToken ct)
    {
        try
        {
            var found = new List<BarSeries>();
            if (Directory.Exists(BarsFolder))
            {
                foreach (var intervalDir in Directory.EnumerateDirectories(BarsFolder, "*", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3 }))
                {
                    var names = Path.GetRelativePath(BarsFolder, intervalDir).Split(Path.DirectorySeparatorChar);
                    if (names.Length == 4 && BarPartitionLayout.TryParseSeries(names[0], names[1], names[2], names[3]) is { } series)
                    {
                        found.Add(series);
                    }
                }
            }

            return Task.FromResult(Result<IReadOnlyList<BarSeries>>.Ok(found));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(Result<IReadOnlyList<BarSeries>>.Fail(BarStoreErrors.Unlistable(BarsFolder, e)));
        }
    }

    public Task<Error?> PrepareWriteAsync(CancellationToken ct) => Task.FromResult<Error?>(null);

    private static void TryDelete(string temp)
    {
        try
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
        catch (IOException)
        {
            // A leftover temp file is ignored by readers (it is not part-0.parquet) and overwritten by no one.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
