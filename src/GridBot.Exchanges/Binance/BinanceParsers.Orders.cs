using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Binance;

public static partial class BinanceParsers
{
    /// <summary>
    /// One order from a new-order (RESULT/FULL/ACK-with-status), query or cancel response, spot or futures shape.
    /// The client order id is <c>origClientOrderId</c> when present (a spot cancel reports the cancel request's own id in
    /// <c>clientOrderId</c>), else <c>clientOrderId</c>. Time is <c>updateTime</c>, else <c>transactTime</c>, else
    /// <c>time</c>, else <c>workingTime</c>, else 0. A price of 0 (market orders) becomes null.
    /// </summary>
    public static Result<ExchangeOrder> ParseOrder(string json, Symbol symbol) =>
        Parse(json, "order", root => ReadOrder(root, symbol));

    /// <summary>
    /// An array of orders (openOrders). Orders of types the bot never places (STOP_LOSS, TAKE_PROFIT, trailing stops…)
    /// are skipped: they cannot be grid orders, and <see cref="ExchangeOrder"/> cannot represent them.
    /// </summary>
    public static Result<IReadOnlyList<ExchangeOrder>> ParseOrders(string json, Symbol symbol) =>
        Parse<IReadOnlyList<ExchangeOrder>>(json, "orders", root =>
        {
            var orders = new List<ExchangeOrder>();
            foreach (var entry in Array(root, "orders").EnumerateArray())
            {
                if (MapType(String(entry, "type"), OptionalString(entry, "timeInForce")) is null)
                {
                    continue;
                }

                var order = ReadOrder(entry, symbol);
                if (!order.IsSuccess)
                {
                    return order.Error;
                }

                orders.Add(order.Value);
            }

            return orders;
        });

    /// <summary>Binance order status → Core. EXPIRED_IN_MATCH (self-trade prevention) is Expired; PENDING_CANCEL (unused by the venue) is still New.</summary>
    public static OrderStatus? MapStatus(string status) => status switch
    {
        "NEW" or "PENDING_CANCEL" => OrderStatus.New,
        "PARTIALLY_FILLED" => OrderStatus.PartiallyFilled,
        "FILLED" => OrderStatus.Filled,
        "CANCELED" => OrderStatus.Canceled,
        "REJECTED" => OrderStatus.Rejected,
        "EXPIRED" or "EXPIRED_IN_MATCH" => OrderStatus.Expired,
        _ => null,
    };

    /// <summary>
    /// Binance type and time in force → Core: LIMIT/GTC → Limit, LIMIT_MAKER or LIMIT/GTX (futures post-only) →
    /// LimitMaker, LIMIT/IOC or LIMIT/FOK → LimitIoc, MARKET → Market; anything else is null.
    /// </summary>
    public static OrderType? MapType(string type, string? timeInForce) => (type, timeInForce) switch
    {
        ("LIMIT_MAKER", _) => OrderType.LimitMaker,
        ("LIMIT", "GTX") => OrderType.LimitMaker,
        ("LIMIT", "IOC" or "FOK") => OrderType.LimitIoc,
        ("LIMIT", _) => OrderType.Limit,
        ("MARKET", _) => OrderType.Market,
        _ => null,
    };

    private static Result<ExchangeOrder> ReadOrder(JsonElement o, Symbol symbol)
    {
        var mismatch = SymbolMismatch(o, symbol, "order");
        if (mismatch is not null)
        {
            return mismatch;
        }

        var typeText = String(o, "type");
        var tif = OptionalString(o, "timeInForce");
        var statusText = String(o, "status");
        if (MapType(typeText, tif) is not { } type)
        {
            return Fail("order", $"unsupported order type {typeText}/{tif}");
        }

        if (MapStatus(statusText) is not { } status)
        {
            return Fail("order", $"unknown order status {statusText}");
        }

        var price = Decimal(o, "price", required: false);
        return new ExchangeOrder(
            symbol,
            OptionalString(o, "origClientOrderId") is { Length: > 0 } orig ? orig : String(o, "clientOrderId"),
            Id(o, "orderId"),
            ReadSide(String(o, "side")),
            type,
            price > 0m ? price : null,
            Decimal(o, "origQty"),
            Decimal(o, "executedQty"),
            status,
            OptionalLong(o, "updateTime") ?? OptionalLong(o, "transactTime") ?? OptionalLong(o, "time")
                ?? OptionalLong(o, "workingTime") ?? 0L);
    }

    internal static OrderSide ReadSide(string side) => side switch
    {
        "BUY" => OrderSide.Buy,
        "SELL" => OrderSide.Sell,
        _ => throw new FormatException($"unknown side {side}"),
    };

    private static Error? SymbolMismatch(JsonElement o, Symbol symbol, string what) =>
        OptionalString(o, "symbol") is { } s && s != symbol.Name
            ? Fail(what, $"payload is for {s}, expected {symbol.Name}")
            : null;
}
