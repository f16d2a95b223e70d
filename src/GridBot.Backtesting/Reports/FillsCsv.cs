using System.Globalization;
using GridBot.Backtesting.Kernel;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Reports;

/// <summary>
/// Fills as CSV, invariant culture, LF line ends: time is ISO 8601 UTC with milliseconds, level −1 is the start-up
/// market buy, prices and amounts are the exact decimals (notional = price × quantity, fee in quote).
/// </summary>
public static class FillsCsv
{
    public const string Header = "time,bar_index,level,side,price,quantity,notional,fee,liquidity";

    /// <summary>The CSV beside an HTML report: <c>run.html</c> → <c>run.fills.csv</c>.</summary>
    public static string PathFor(string htmlPath) => Path.ChangeExtension(htmlPath, ".fills.csv");

    public static void Write(TextWriter writer, IEnumerable<SimFill> fills)
    {
        writer.Write(Header);
        writer.Write('\n');
        Span<char> buffer = stackalloc char[64];
        foreach (var fill in fills)
        {
            DateTimeOffset.FromUnixTimeMilliseconds(fill.TimeMs).UtcDateTime
                .TryFormat(buffer, out var written, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            writer.Write(buffer[..written]);
            writer.Write(',');
            WriteNumber(writer, buffer, fill.BarIndex);
            writer.Write(',');
            WriteNumber(writer, buffer, fill.Level);
            writer.Write(fill.Side == OrderSide.Buy ? ",buy," : ",sell,");
            WriteDecimal(writer, buffer, fill.Price);
            writer.Write(',');
            WriteDecimal(writer, buffer, fill.Quantity);
            writer.Write(',');
            WriteDecimal(writer, buffer, fill.Notional);
            writer.Write(',');
            WriteDecimal(writer, buffer, fill.Fee);
            writer.Write(fill.IsTaker ? ",taker\n" : ",maker\n");
        }
    }

    private static void WriteNumber(TextWriter writer, Span<char> buffer, int value)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static void WriteDecimal(TextWriter writer, Span<char> buffer, decimal value)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }
}
