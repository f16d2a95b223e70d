using GridBot.Core.Errors;
using GridBot.Core.Market;
using Parquet;
using Parquet.Schema;

namespace GridBot.Storage.Parquet;

/// <summary>
/// One day's bars as a Parquet file: open_time (int64 ms) and open/high/low/close/volume as exact decimals (the
/// column type per day from <see cref="BarDecimalColumn"/>), written and read a column at a time. A write goes to a temp file in the same folder and is moved over the part file, so a
/// reader sees the old day or the new one, never half of one.
/// </summary>
internal static class BarParquetFile
{
    private static readonly DataField<long> OpenTime = new("open_time", false);
    private static readonly string[] ValueNames = ["open", "high", "low", "close", "volume"];

    public static async Task<Result<Bar[]>> ReadAsync(string path, CancellationToken ct)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
            await using var reader = await ParquetReader.CreateAsync(stream, null, false, ct).ConfigureAwait(false);
            var fields = reader.Schema.DataFields;
            if (fields.Length != 6 || fields[0].Name != OpenTime.Name || fields[0].ClrType != typeof(long) ||
                fields.Skip(1).Any(f => f.ClrType != typeof(decimal)) || !fields.Skip(1).Select(f => f.Name).SequenceEqual(ValueNames))
            {
                return BarStoreErrors.Corrupt(path, $"unexpected columns ({string.Join(", ", fields.Select(f => $"{f.Name}:{f.ClrType.Name}"))})");
            }

            var bars = new List<Bar>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var n = checked((int)group.RowCount);
                var times = new long[n];
                await group.ReadAsync<long>(fields[0], times, null, ct).ConfigureAwait(false);
                var columns = new decimal[5][];
                for (var c = 0; c < 5; c++)
                {
                    columns[c] = new decimal[n];
                    await group.ReadAsync<decimal>(fields[c + 1], columns[c], null, ct).ConfigureAwait(false);
                }

                for (var i = 0; i < n; i++)
                {
                    bars.Add(new Bar(times[i], columns[0][i], columns[1][i], columns[2][i], columns[3][i], columns[4][i]));
                }
            }

            return Checked(path, [.. bars]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return BarStoreErrors.Unreadable(path, e);
        }
    }

    /// <summary>Writes <paramref name="bars"/> (ascending, unique open times) as the part file at <paramref name="path"/>.</summary>
    public static async Task<Result<int>> WriteAsync(string path, IReadOnlyList<Bar> bars, CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                var columns = Columns(bars).ToArray();
                var fields = ValueNames.Zip(columns, (name, column) => BarDecimalColumn.For(name, column)).ToArray();
                await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema([OpenTime, .. fields]), stream, null, false, ct).ConfigureAwait(false))
                {
                    using var group = writer.CreateRowGroup();
                    await group.WriteAsync<long>(OpenTime, bars.Select(b => b.OpenTimeMs).ToArray(), null, null, ct).ConfigureAwait(false);
                    for (var c = 0; c < fields.Length; c++)
                    {
                        await group.WriteAsync<decimal>(fields[c], columns[c], null, null, ct).ConfigureAwait(false);
                    }
                }

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

    private static IEnumerable<decimal[]> Columns(IReadOnlyList<Bar> bars)
    {
        yield return [.. bars.Select(b => b.Open)];
        yield return [.. bars.Select(b => b.High)];
        yield return [.. bars.Select(b => b.Low)];
        yield return [.. bars.Select(b => b.Close)];
        yield return [.. bars.Select(b => b.Volume)];
    }

    private static Result<Bar[]> Checked(string path, Bar[] bars)
    {
        for (var i = 1; i < bars.Length; i++)
        {
            if (bars[i].OpenTimeMs <= bars[i - 1].OpenTimeMs)
            {
                return BarStoreErrors.Corrupt(path, $"open times not strictly ascending at row {i} ({bars[i - 1].OpenTimeMs}, {bars[i].OpenTimeMs})");
            }
        }

        return bars;
    }

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
