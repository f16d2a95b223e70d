using GridBot.Core.Errors;
using GridBot.Core.Market;
using Parquet;
using Parquet.Schema;

namespace GridBot.Storage.Parquet;

/// <summary>
/// One day's bars as a Parquet file: open_time (int64 ms) and open/high/low/close/volume as exact decimals (the
/// column type per day from <see cref="BarDecimalColumn"/>), written and read a column at a time, from and to a stream
/// (a file, a downloaded blob). Making the write atomic is the caller's part (a temp file moved over, a single blob PUT).
/// </summary>
internal static class BarParquetFile
{
    private static readonly DataField<long> OpenTime = new("open_time", false);
    private static readonly string[] ValueNames = ["open", "high", "low", "close", "volume"];

    /// <summary>Reads the day in <paramref name="stream"/> (seekable); errors name <paramref name="name"/>.</summary>
    public static async Task<Result<Bar[]>> ReadAsync(Stream stream, string name, CancellationToken ct)
    {
        try
        {
            await using var reader = await ParquetReader.CreateAsync(stream, null, true, ct).ConfigureAwait(false);
            var fields = reader.Schema.DataFields;
            if (fields.Length != 6 || fields[0].Name != OpenTime.Name || fields[0].ClrType != typeof(long) ||
                fields.Skip(1).Any(f => f.ClrType != typeof(decimal)) || !fields.Skip(1).Select(f => f.Name).SequenceEqual(ValueNames))
            {
                return BarStoreErrors.Corrupt(name, $"unexpected columns ({string.Join(", ", fields.Select(f => $"{f.Name}:{f.ClrType.Name}"))})");
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

            return Checked(name, [.. bars]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return BarStoreErrors.Unreadable(name, e);
        }
    }

    /// <summary>Writes <paramref name="bars"/> (ascending, unique open times) to <paramref name="stream"/>, left open; throws on I/O failure.</summary>
    public static async Task WriteAsync(Stream stream, IReadOnlyList<Bar> bars, CancellationToken ct)
    {
        var columns = Columns(bars).ToArray();
        var fields = ValueNames.Zip(columns, (name, column) => BarDecimalColumn.For(name, column)).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema([OpenTime, .. fields]), stream, null, false, ct).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(OpenTime, bars.Select(b => b.OpenTimeMs).ToArray(), null, null, ct).ConfigureAwait(false);
        for (var c = 0; c < fields.Length; c++)
        {
            await group.WriteAsync<decimal>(fields[c], columns[c], null, null, ct).ConfigureAwait(false);
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

    private static Result<Bar[]> Checked(string name, Bar[] bars)
    {
        for (var i = 1; i < bars.Length; i++)
        {
            if (bars[i].OpenTimeMs <= bars[i - 1].OpenTimeMs)
            {
                return BarStoreErrors.Corrupt(name, $"open times not strictly ascending at row {i} ({bars[i - 1].OpenTimeMs}, {bars[i].OpenTimeMs})");
            }
        }

        return bars;
    }
}
