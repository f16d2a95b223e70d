using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// Request parameters, in the order they are sent and signed (without recvWindow/timestamp, which
/// <see cref="BinanceSigner.SignedQuery"/> appends). Decimals are written in plain invariant notation without
/// trailing zeros. Values are raw: the signer percent-encodes them.
/// </summary>
public static class BinanceOrderParams
{
    /// <summary>
    /// New order. Limit → LIMIT/GTC; LimitMaker → spot LIMIT_MAKER, futures LIMIT/GTX; LimitIoc → LIMIT/IOC; Market →
    /// MARKET (any price is ignored). Spot ignores <see cref="OrderRequest.ReduceOnly"/> (a spot sell cannot open a
    /// short); futures sends <c>reduceOnly=true</c> when set and omits <c>positionSide</c>, which defaults to BOTH in
    /// the one-way mode the bot requires. <c>newOrderRespType=RESULT</c> on both markets so the response carries the
    /// final status and executed quantity of IOC and market orders.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> For(OrderRequest request, MarketType market)
    {
        Guard.Positive(request.Quantity);
        var p = new List<KeyValuePair<string, string>>
        {
            new("symbol", request.Symbol.Name),
            new("side", request.Side == OrderSide.Buy ? "BUY" : "SELL"),
        };
        var (type, timeInForce) = TypeAndTimeInForce(request.Type, market);
        p.Add(new("type", type));
        if (timeInForce is not null)
        {
            p.Add(new("timeInForce", timeInForce));
        }

        p.Add(new("quantity", BinanceDecimal.Format(request.Quantity)));
        if (request.Type != OrderType.Market)
        {
            Guard.That(request.Price is > 0m, "a limit order needs a positive price");
            p.Add(new("price", BinanceDecimal.Format(request.Price!.Value)));
        }

        p.Add(new("newClientOrderId", request.ClientOrderId));
        if (market == MarketType.Perp && request.ReduceOnly)
        {
            p.Add(new("reduceOnly", "true"));
        }

        p.Add(new("newOrderRespType", "RESULT"));
        return p;
    }

    /// <summary>Query or cancel one order by client order id.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForOrder(Symbol symbol, string clientOrderId) =>
        [new("symbol", symbol.Name), new("origClientOrderId", Guard.NotBlank(clientOrderId))];

    /// <summary>Open orders, book ticker, last price, position risk: just the symbol.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForSymbol(Symbol symbol) => [new("symbol", symbol.Name)];

    /// <summary>myTrades / userTrades from <paramref name="startMs"/> (UTC ms), up to <paramref name="limit"/> (max 1000).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForTrades(Symbol symbol, long startMs, int limit = 1000) =>
        [new("symbol", symbol.Name), new("startTime", Text(startMs)), new("limit", Text(Guard.InRange(limit, 1, 1000)))];

    /// <summary>Klines of <paramref name="interval"/> (e.g. 1m, 1h), from <paramref name="startMs"/> when given, up to <paramref name="limit"/> (max 1000).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForKlines(Symbol symbol, string interval, long? startMs, int limit)
    {
        var p = new List<KeyValuePair<string, string>> { new("symbol", symbol.Name), new("interval", Guard.NotBlank(interval)) };
        if (startMs is { } start)
        {
            p.Add(new("startTime", Text(start)));
        }

        p.Add(new("limit", Text(Guard.InRange(limit, 1, 1000))));
        return p;
    }

    /// <summary>Futures leverage change (1–125).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ForLeverage(Symbol symbol, int leverage) =>
        [new("symbol", symbol.Name), new("leverage", Text(Guard.InRange(leverage, 1, 125)))];

    private static (string Type, string? TimeInForce) TypeAndTimeInForce(OrderType type, MarketType market) => type switch
    {
        OrderType.Limit => ("LIMIT", "GTC"),
        OrderType.LimitMaker => market == MarketType.Spot ? ("LIMIT_MAKER", null) : ("LIMIT", "GTX"),
        OrderType.LimitIoc => ("LIMIT", "IOC"),
        OrderType.Market => ("MARKET", null),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unmapped order type"),
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
