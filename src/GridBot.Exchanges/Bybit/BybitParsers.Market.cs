using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using static GridBot.Exchanges.Bybit.BybitJson;

namespace GridBot.Exchanges.Bybit;

/// <summary>
/// Bybit v5 payloads → Core types. Pure and synchronous; each parser takes the envelope's <c>result</c> (or a WebSocket
/// frame) and returns an error value, never an exception, when the payload is not what the docs describe.
/// </summary>
public static partial class BybitParsers
{
    private static readonly Dictionary<string, string> Intervals = new(StringComparer.Ordinal)
    {
        ["1m"] = "1", ["3m"] = "3", ["5m"] = "5", ["15m"] = "15", ["30m"] = "30",
        ["1h"] = "60", ["2h"] = "120", ["4h"] = "240", ["6h"] = "360", ["12h"] = "720",
        ["1d"] = "D", ["1w"] = "W", ["1M"] = "M",
    };

    /// <summary>Our interval (<c>1m</c>, <c>1h</c>, <c>1d</c>, <c>1M</c> = month) → Bybit's (<c>1</c>, <c>60</c>, <c>D</c>, <c>M</c>). Case-sensitive.</summary>
    public static Result<string> KlineInterval(string interval) =>
        interval is not null && Intervals.TryGetValue(interval, out var bybit)
            ? bybit
            : Error.Of(ErrorKind.Other, $"Bybit has no kline interval '{interval}': use one of {string.Join(", ", Intervals.Keys)}");

    /// <summary>
    /// instruments-info <c>result</c> → rules for <paramref name="symbol"/>. Spot: step = basePrecision, min notional =
    /// minOrderAmt, max notional = maxOrderAmt, max quantity = maxLimitOrderQty (maxOrderQty is deprecated) else
    /// maxOrderQty. Linear: step = qtyStep, min notional = minNotionalValue, max quantity = maxOrderQty (limit orders).
    /// </summary>
    public static Result<SymbolRules> SymbolRules(JsonElement result, Symbol symbol, MarketType market) =>
        PreTradeRules(result, symbol, market).Map(r => r.Rules);

    /// <summary>
    /// The same rules plus what a client checks before it sends: status ("Trading" when open), linear min/max price,
    /// and the market-order quantity cap (linear maxMktOrderQty, spot maxMarketOrderQty).
    /// </summary>
    public static Result<PreTradeRules> PreTradeRules(JsonElement result, Symbol symbol, MarketType market) =>
        Guarded<PreTradeRules>("instruments-info", () =>
        {
            foreach (var item in Array(result, "list").EnumerateArray())
            {
                if (OptStr(item, "symbol") == symbol.Name)
                {
                    var price = item.GetProperty("priceFilter");
                    var lot = item.GetProperty("lotSizeFilter");
                    var status = OptStr(item, "status") ?? "Unknown";
                    return new PreTradeRules(RulesOf(item, symbol, market), status, status == "Trading",
                        OptDec(price, "minPrice") is > 0m and var min ? min : null,
                        OptDec(price, "maxPrice") is > 0m and var max ? max : null,
                        MarketMaxQuantity: OptDec(lot, market == MarketType.Spot ? "maxMarketOrderQty" : "maxMktOrderQty"));
                }
            }

            return new Error(ErrorKind.Other, "InvalidSymbol", $"Bybit {BybitCategory.Of(market)} has no symbol {symbol.Name}");
        });

    /// <summary>kline <c>result</c> (string arrays, newest first) → bars oldest first.</summary>
    public static Result<IReadOnlyList<Bar>> Klines(JsonElement result) =>
        Guarded<IReadOnlyList<Bar>>("kline", () =>
        {
            var rows = Array(result, "list");
            var bars = new Bar[rows.GetArrayLength()];
            var i = bars.Length;
            foreach (var row in rows.EnumerateArray())
            {
                var bar = BarOf(row);
                if (bar.Problem() is { } problem)
                {
                    return PayloadError("kline", $"bar at {bar.OpenTimeMs}: {problem}");
                }

                bars[--i] = bar;
            }

            for (var k = 1; k < bars.Length; k++)
            {
                if (bars[k].OpenTimeMs <= bars[k - 1].OpenTimeMs)
                {
                    return PayloadError("kline", "bars are not newest first");
                }
            }

            return bars;
        });

    /// <summary>tickers <c>result</c> → best bid/ask and last for <paramref name="symbol"/>, stamped with the envelope time.</summary>
    public static Result<Ticker> Ticker(JsonElement result, Symbol symbol, long timeMs) =>
        Guarded<Ticker>("tickers", () =>
        {
            foreach (var item in Array(result, "list").EnumerateArray())
            {
                if (OptStr(item, "symbol") == symbol.Name)
                {
                    return new Ticker(symbol, Dec(item, "bid1Price"), Dec(item, "ask1Price"), Dec(item, "lastPrice"), timeMs);
                }
            }

            return new Error(ErrorKind.Other, "InvalidSymbol", $"Bybit returned no ticker for {symbol.Name}");
        });

    private static SymbolRules RulesOf(JsonElement item, Symbol symbol, MarketType market)
    {
        var price = item.GetProperty("priceFilter");
        var lot = item.GetProperty("lotSizeFilter");
        var spot = market == MarketType.Spot;
        var step = spot ? Dec(lot, "basePrecision") : Dec(lot, "qtyStep");
        var maxQty = (spot ? OptDec(lot, "maxLimitOrderQty") : null) ?? OptDec(lot, "maxOrderQty") ?? decimal.MaxValue;
        var minNotional = (spot ? OptDec(lot, "minOrderAmt") : OptDec(lot, "minNotionalValue")) ?? 0m;
        var maxNotional = (spot ? OptDec(lot, "maxOrderAmt") : null) ?? decimal.MaxValue;
        return new SymbolRules(
            symbol,
            tickSize: Dec(price, "tickSize"),
            stepSize: step,
            minQuantity: OptDec(lot, "minOrderQty") ?? 0m,
            maxQuantity: maxQty,
            minNotional: minNotional,
            maxNotional: maxNotional);
    }

    private static Bar BarOf(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < 6)
        {
            throw new FormatException("a kline row must be an array of at least 6 strings");
        }

        var open = row[0].GetString();
        if (!long.TryParse(open, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var openMs))
        {
            throw new FormatException($"kline start time '{open}' is not an integer");
        }

        return new Bar(
            openMs,
            ParseDecimal(row[1].GetString(), "open"),
            ParseDecimal(row[2].GetString(), "high"),
            ParseDecimal(row[3].GetString(), "low"),
            ParseDecimal(row[4].GetString(), "close"),
            ParseDecimal(row[5].GetString(), "volume"));
    }
}
