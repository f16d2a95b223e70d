using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Data;

/// <summary>
/// Where the six bar fields sit in a CSV row: by header name (case-, space- and underscore-insensitive, any order)
/// or, when the first field of the first line is a number, by position (open_time, open, high, low, close, volume,
/// as in Binance's headerless 12-column kline files).
/// </summary>
internal sealed class BarCsvLayout
{
    // Normalised header names in priority order: when a file has both `timestamp` and `date`, `timestamp` wins.
    private static readonly string[] TimeAliases = ["opentime", "timestamp", "datetime", "date", "time"];
    private static readonly string[] ValueNames = ["open", "high", "low", "close", "volume"];
    private static readonly string[] PositionalNames = ["open_time", "open", "high", "low", "close", "volume"];

    private readonly int[] _index;
    private readonly string[] _names;

    private BarCsvLayout(int[] index, string[] names, bool hasHeader)
    {
        _index = index;
        _names = names;
        HasHeader = hasHeader;
        FieldCount = index.Max() + 1;
    }

    public bool HasHeader { get; }

    /// <summary>Fields a row needs at least (the rightmost used column + 1).</summary>
    public int FieldCount { get; }

    public static bool TryCreate(
        ReadOnlySpan<char> firstLine,
        [NotNullWhen(true)] out BarCsvLayout? layout,
        [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        var first = Clean(firstLine[..FirstFieldEnd(firstLine)]);
        if (first.Length > 0 && char.IsAsciiDigit(first[0]))
        {
            layout = new BarCsvLayout([0, 1, 2, 3, 4, 5], PositionalNames, hasHeader: false);
            return true;
        }

        var header = firstLine.ToString().Split(',').Select(n => Clean(n).ToString()).ToArray();
        layout = FromHeader(header, out problem);
        return layout is not null;
    }

    /// <summary>Parses one data row; returns why it is not a valid bar, or null. Allocates only on failure.</summary>
    public string? TryParse(ReadOnlySpan<char> line, out Bar bar)
    {
        bar = default;
        Span<Range> fields = stackalloc Range[FieldCount + 1];
        var count = line.Split(fields, ',');
        if (count < FieldCount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"expected at least {FieldCount} fields, found {count}");
        }

        var timeText = Clean(line[fields[_index[0]]]);
        if (!BarTime.TryParse(timeText, out var openTimeMs))
        {
            return $"{_names[0]}: cannot parse '{timeText}' as a time (expected yyyy-MM-dd HH:mm:ss[+00:00], ISO 8601 or epoch ms/µs)";
        }

        Span<decimal> values = stackalloc decimal[5];
        for (var i = 0; i < values.Length; i++)
        {
            var text = Clean(line[fields[_index[i + 1]]]);
            if (!FastDecimal.TryParse(text, out values[i]))
            {
                return $"{_names[i + 1]}: cannot parse '{text}' as a number";
            }
        }

        bar = new Bar(openTimeMs, values[0], values[1], values[2], values[3], values[4]);
        return bar.Problem();
    }

    private static BarCsvLayout? FromHeader(string[] header, out string? problem)
    {
        var normalised = Array.ConvertAll(header, Normalise);
        var index = new int[6];
        var names = new string[6];
        var missing = new List<string>();

        index[0] = TimeAliases.Select(a => Array.IndexOf(normalised, a)).FirstOrDefault(i => i >= 0, -1);
        if (index[0] < 0)
        {
            missing.Add("open_time (or timestamp/datetime/date/time)");
        }

        for (var v = 0; v < ValueNames.Length; v++)
        {
            index[v + 1] = Array.IndexOf(normalised, ValueNames[v]);
            if (index[v + 1] < 0)
            {
                missing.Add(ValueNames[v]);
            }
        }

        if (missing.Count > 0)
        {
            problem = $"missing columns: {string.Join(", ", missing)} (header: {string.Join(",", header)})";
            return null;
        }

        for (var c = 0; c < index.Length; c++)
        {
            names[c] = header[index[c]];
        }

        problem = null;
        return new BarCsvLayout(index, names, hasHeader: true);
    }

    private static string Normalise(string name) =>
        name.Replace("_", "", StringComparison.Ordinal)
            .Replace(" ", "", StringComparison.Ordinal)
            .Replace("-", "", StringComparison.Ordinal)
            .ToLowerInvariant();

    private static int FirstFieldEnd(ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(',');
        return comma < 0 ? line.Length : comma;
    }

    // Some tools quote every field or pad after commas; a byte-order mark may survive when reading from a string.
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> field) => field.Trim().Trim('\uFEFF').Trim('"').Trim();
}
