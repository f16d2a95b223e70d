using System.Globalization;
using System.Text;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Data;

/// <summary>
/// Loads OHLCV bars from CSV: a header naming open_time/timestamp/date/time/datetime, open, high, low, close,
/// volume in any order, or no header with those six first (Binance's 12-column klines). Times are UTC: text with an
/// optional offset, or epoch ms (µs above 10^14). A bad file yields a <see cref="BarFileError.BadBarFile"/> error
/// reading <c>source:line: problem</c>; nothing is skipped, sorted or filled silently.
/// </summary>
public static class BarCsvReader
{
    private const int CancellationCheckMask = 0xFFF;

    public static Result<LoadedBars> Load(string path, CancellationToken ct = default)
    {
        Guard.NotBlank(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

            // Rows of these files run 60–130 bytes; a fair first guess saves most of the list's regrowth.
            var capacity = (int)Math.Min((stream.Length / 60) + 1024, 1 << 22);
            return Load(reader, path, capacity, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BarFileError.Unreadable(path, $"cannot read: {e.Message}");
        }
    }

    public static Result<LoadedBars> Load(TextReader reader, string sourceName, CancellationToken ct = default) =>
        Load(Guard.NotNull(reader), Guard.NotBlank(sourceName), 1024, ct);

    private static Result<LoadedBars> Load(TextReader reader, string source, int capacity, CancellationToken ct)
    {
        var lines = new CsvLineReader(reader);
        var bars = new List<Bar>(capacity);
        BarCsvLayout? layout = null;
        var previousLine = 0;
        while (lines.TryReadLine(out var line))
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            if ((lines.LineNumber & CancellationCheckMask) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (layout is null)
            {
                if (!BarCsvLayout.TryCreate(line, out layout, out var headerProblem))
                {
                    return BarFileError.At(source, lines.LineNumber, headerProblem);
                }

                if (layout.HasHeader)
                {
                    continue;
                }
            }

            var problem = layout.TryParse(line, out var bar) ?? OrderProblem(bars, bar, previousLine);
            if (problem is not null)
            {
                return BarFileError.At(source, lines.LineNumber, problem);
            }

            bars.Add(bar);
            previousLine = lines.LineNumber;
        }

        if (bars.Count == 0)
        {
            return BarFileError.At(source, lines.LineNumber + 1, layout is null ? "empty file: no bars" : "no bars after the header");
        }

        return LoadedBars.From(source, bars.ToArray());
    }

    private static string? OrderProblem(List<Bar> bars, Bar bar, int previousLine)
    {
        if (bars.Count == 0)
        {
            return null;
        }

        var previous = bars[^1].OpenTimeMs;
        if (bar.OpenTimeMs > previous)
        {
            return null;
        }

        return bar.OpenTimeMs == previous
            ? string.Create(CultureInfo.InvariantCulture,
                $"duplicate open time {BarTime.Format(bar.OpenTimeMs)} (also on line {previousLine})")
            : string.Create(CultureInfo.InvariantCulture,
                $"open time {BarTime.Format(bar.OpenTimeMs)} is before {BarTime.Format(previous)} on line {previousLine}: rows must be in ascending time order");
    }
}
