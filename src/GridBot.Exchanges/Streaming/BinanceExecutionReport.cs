using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// A Binance spot <c>executionReport</c> (api-facts 1.9) as Core values. <see cref="Order"/> is null for order types the
/// bot never places (stop-loss, take-profit…); <see cref="Fill"/> is set only for <c>x == "TRADE"</c>. The client order
/// id is <c>C</c> when set (a cancel reports the original id there and a new cancel-request id in <c>c</c>), else <c>c</c>.
/// </summary>
public sealed record BinanceExecutionReport(string ExecutionType, ExchangeOrder? Order, ExchangeFill? Fill)
{
    /// <summary>The event object (<c>{"e":"executionReport",…}</c>), unwrapped from any <c>subscriptionId</c> envelope.</summary>
    public static Result<BinanceExecutionReport> Parse(JsonElement e, Func<string, Symbol?>? resolveSymbol = null)
    {
        try
        {
            return Read(e, resolveSymbol);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            return Fail("executionReport", ex.Message);
        }
    }

    public static Result<BinanceExecutionReport> Parse(string json, Func<string, Symbol?>? resolveSymbol = null) =>
        BinanceJson.Parse(json, "executionReport", root => Parse(root, resolveSymbol));

    private static Result<BinanceExecutionReport> Read(JsonElement e, Func<string, Symbol?>? resolveSymbol)
    {
        if (OptionalString(e, "e") != "executionReport")
        {
            return Fail("executionReport", $"event type is '{OptionalString(e, "e")}'");
        }

        var name = String(e, "s");
        var symbol = resolveSymbol is null ? (Symbol.TryParse(name, out var parsed) ? parsed : null) : resolveSymbol(name);
        if (symbol is null)
        {
            return new Error(ErrorKind.Other, "InvalidSymbol", $"Cannot resolve Binance symbol '{name}'");
        }

        var execution = String(e, "x");
        var clientId = OptionalString(e, "C") is { Length: > 0 } original ? original : String(e, "c");
        var side = String(e, "S") switch
        {
            "BUY" => OrderSide.Buy,
            "SELL" => OrderSide.Sell,
            var other => throw new FormatException($"unknown side {other}"),
        };
        var statusText = String(e, "X");
        if (BinanceParsers.MapStatus(statusText) is not { } status)
        {
            return Fail("executionReport", $"unknown order status {statusText}");
        }

        var time = OptionalLong(e, "T") ?? Long(Required(e, "E"), "E");
        var order = BinanceParsers.MapType(String(e, "o"), OptionalString(e, "f")) is { } type
            ? new ExchangeOrder(symbol, clientId, Id(e, "i"), side, type, Decimal(e, "p") is > 0m and var price ? price : null,
                Decimal(e, "q"), Decimal(e, "z"), status, time)
            : null;
        var fill = execution == "TRADE" ? FillOf(e, symbol, clientId, side, time) : null;
        return new BinanceExecutionReport(execution, order, fill);
    }

    private static ExchangeFill FillOf(JsonElement e, Symbol symbol, string clientId, OrderSide side, long time)
    {
        var fee = Decimal(e, "n", required: false);
        var feeAsset = OptionalString(e, "N") is { Length: > 0 } asset ? asset : symbol.QuoteAsset;
        var maker = Optional(e, "m") is { } m && Bool(m, "m");
        return new ExchangeFill(symbol, Id(e, "t"), clientId, Id(e, "i"), side, Decimal(e, "L"), Decimal(e, "l"),
            new CashAmount(fee, feeAsset), maker, time);
    }
}
