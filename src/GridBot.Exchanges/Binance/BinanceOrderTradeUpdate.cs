using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// A USDⓈ-M futures <c>ORDER_TRADE_UPDATE</c> (user data stream) as Core values. The order sits in <c>"o"</c>; event
/// (<c>E</c>) and transaction (<c>T</c>) times are at the top level. <see cref="Order"/> is null for order types the bot
/// never places (stop, take-profit, trailing stop, liquidation…); <see cref="Fill"/> is set only for
/// <c>x == "TRADE"</c>, with the commission in its own asset (<c>N</c>, absent when there is no commission: then a zero
/// fee in the quote asset). <see cref="RealizedProfit"/> is the trade's realised PnL (<c>rp</c>, quote asset; 0 when
/// absent), which <see cref="ExchangeFill"/> has no place for. Futures cancels keep the order's own id in <c>c</c>.
/// </summary>
public sealed record BinanceOrderTradeUpdate(string ExecutionType, ExchangeOrder? Order, ExchangeFill? Fill, decimal RealizedProfit)
{
    public const string EventType = "ORDER_TRADE_UPDATE";

    /// <summary>The event object (<c>{"e":"ORDER_TRADE_UPDATE","E":…,"T":…,"o":{…}}</c>).</summary>
    public static Result<BinanceOrderTradeUpdate> Parse(JsonElement e, Func<string, Symbol?>? resolveSymbol = null)
    {
        try
        {
            return Read(e, resolveSymbol);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return Fail(EventType, ex.Message);
        }
    }

    public static Result<BinanceOrderTradeUpdate> Parse(string json, Func<string, Symbol?>? resolveSymbol = null) =>
        BinanceJson.Parse(json, EventType, root => Parse(root, resolveSymbol));

    private static Result<BinanceOrderTradeUpdate> Read(JsonElement e, Func<string, Symbol?>? resolveSymbol)
    {
        if (e.ValueKind != JsonValueKind.Object || OptionalString(e, "e") != EventType)
        {
            return Fail(EventType, "not an ORDER_TRADE_UPDATE event");
        }

        var o = Required(e, "o");
        var name = String(o, "s");
        var symbol = resolveSymbol is null ? (Symbol.TryParse(name, out var parsed) ? parsed : null) : resolveSymbol(name);
        if (symbol is null)
        {
            return new Error(ErrorKind.Other, "InvalidSymbol", $"Cannot resolve Binance symbol '{name}'");
        }

        var statusText = String(o, "X");
        if (BinanceParsers.MapStatus(statusText) is not { } status)
        {
            return Fail(EventType, $"unknown order status {statusText}");
        }

        var execution = String(o, "x");
        var clientId = String(o, "c");
        var side = BinanceParsers.ReadSide(String(o, "S"));
        var time = OptionalLong(o, "T") ?? OptionalLong(e, "T") ?? Long(Required(e, "E"), "E");
        var order = BinanceParsers.MapType(String(o, "o"), OptionalString(o, "f")) is { } type
            ? new ExchangeOrder(symbol, clientId, Id(o, "i"), side, type, Decimal(o, "p") is > 0m and var price ? price : null,
                Decimal(o, "q"), Decimal(o, "z"), status, time)
            : null;
        var fill = execution == "TRADE" ? FillOf(o, symbol, clientId, side, time) : null;
        return new BinanceOrderTradeUpdate(execution, order, fill, Decimal(o, "rp", required: false));
    }

    private static ExchangeFill FillOf(JsonElement o, Symbol symbol, string clientId, OrderSide side, long time)
    {
        var fee = Decimal(o, "n", required: false);
        var feeAsset = OptionalString(o, "N");
        if (string.IsNullOrWhiteSpace(feeAsset))
        {
            feeAsset = fee == 0m ? symbol.QuoteAsset : throw new FormatException($"commission {fee} without an asset");
        }

        var maker = Optional(o, "m") is { } m && Bool(m, "m");
        return new ExchangeFill(symbol, Id(o, "t"), clientId, Id(o, "i"), side, Decimal(o, "L"), Decimal(o, "l"),
            new CashAmount(fee, feeAsset), maker, time);
    }
}
