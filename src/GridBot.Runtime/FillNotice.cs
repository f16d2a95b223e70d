using System.Globalization;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>
/// One message for the fills a read brought in (a Tick's, or a stream wake's), instead of one per fill: a count, each
/// fill on a line (side, quantity, price, maker/taker, fee) up to <see cref="MaxLines"/>, then the net quantity.
/// </summary>
public static class FillNotice
{
    public const int MaxLines = 10;

    public static string Text(string botId, IReadOnlyList<ExchangeFill> fills)
    {
        ArgumentNullException.ThrowIfNull(fills);
        ArgumentOutOfRangeException.ThrowIfZero(fills.Count);
        var symbol = fills[0].Symbol;
        var lines = new List<string> { F($"bot {botId}: {fills.Count} fill{(fills.Count == 1 ? string.Empty : "s")} on {symbol}") };
        lines.AddRange(fills.Take(MaxLines).Select(f =>
            F($"{f.Side.ToString().ToUpperInvariant()} {f.Quantity} @ {f.Price} ({(f.IsMaker ? "maker" : "taker")}, fee {f.Fee.Amount} {f.Fee.Asset})")));
        if (fills.Count > MaxLines)
        {
            lines.Add(F($"… and {fills.Count - MaxLines} more"));
        }

        var net = fills.Sum(f => f.Side == Core.Market.OrderSide.Buy ? f.Quantity : -f.Quantity);
        lines.Add(F($"net {(net >= 0m ? "+" : string.Empty)}{net} {symbol.BaseAsset}"));
        return string.Join('\n', lines);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
