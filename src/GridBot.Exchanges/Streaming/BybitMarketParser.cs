using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Bybit v5 public frames: <c>orderbook.1.SYM</c> (best bid/ask, snapshot or delta), <c>tickers.SYM</c> (last price;
/// linear also bid1/ask1, sent as deltas) and <c>kline.1.SYM</c> (bars, closed when <c>confirm</c>). Remembers the
/// latest bid/ask/last per symbol so that deltas combine; emits a ticker once both sides are known (Last = mid until a
/// trade price arrives). Not thread-safe: one parser per receive loop.
/// </summary>
public sealed class BybitMarketParser(Func<string, Symbol?> resolveSymbol)
{
    private readonly Dictionary<string, (decimal? Bid, decimal? Ask, decimal? Last)> _tops = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Topics(Symbol symbol) =>
        [$"orderbook.1.{symbol.Name}", $"tickers.{symbol.Name}", $"kline.1.{symbol.Name}"];

    public Result<MarketUpdate> Parse(string message) =>
        BinanceJson.Parse(message, "Bybit market stream", root =>
        {
            var topic = OptionalString(root, "topic");
            if (topic is null || Optional(root, "data") is not { } data)
            {
                return MarketUpdate.None;
            }

            var parts = topic.Split('.');
            var time = OptionalLong(root, "ts") ?? 0L;
            return parts switch
            {
                ["orderbook", _, var name] => Top(name, time, BestOf(data, "b"), BestOf(data, "a"), null),
                ["tickers", var name] => Top(name, time, OptionalDecimal(data, "bid1Price"), OptionalDecimal(data, "ask1Price"), OptionalDecimal(data, "lastPrice")),
                ["kline", _, var name] => Klines(name, data),
                _ => MarketUpdate.None,
            };
        });

    private Result<MarketUpdate> Top(string name, long time, decimal? bid, decimal? ask, decimal? last)
    {
        if (resolveSymbol(name) is not { } symbol)
        {
            return MarketUpdate.None;
        }

        var known = _tops.GetValueOrDefault(name);
        var top = (Bid: bid ?? known.Bid, Ask: ask ?? known.Ask, Last: last ?? known.Last);
        _tops[name] = top;
        return top is { Bid: { } b, Ask: { } a }
            ? MarketUpdate.Of(new Ticker(symbol, b, a, top.Last ?? (b + a) / 2m, time))
            : MarketUpdate.None;
    }

    private Result<MarketUpdate> Klines(string name, JsonElement data)
    {
        if (resolveSymbol(name) is not { } symbol)
        {
            return MarketUpdate.None;
        }

        var bars = new List<Bar>();
        foreach (var k in Array(data, "kline data").EnumerateArray())
        {
            if (!Bool(Required(k, "confirm"), "confirm"))
            {
                continue;
            }

            var bar = new Bar(Long(Required(k, "start"), "start"), Decimal(k, "open"), Decimal(k, "high"), Decimal(k, "low"), Decimal(k, "close"), Decimal(k, "volume"));
            if (bar.Problem() is { } problem)
            {
                return Fail("kline", problem);
            }

            bars.Add(bar);
        }

        return bars.Count == 0 ? MarketUpdate.None : MarketUpdate.Of(symbol, bars.OrderBy(b => b.OpenTimeMs).ToArray());
    }

    /// <summary>The first level's price of <c>b</c>/<c>a</c>, or null when the side is absent, empty or removed (size 0).</summary>
    private static decimal? BestOf(JsonElement data, string side)
    {
        if (Optional(data, side) is not { ValueKind: JsonValueKind.Array } levels || levels.GetArrayLength() == 0)
        {
            return null;
        }

        var level = levels[0];
        return DecimalValue(level[1], "size") > 0m ? DecimalValue(level[0], "price") : null;
    }

    private static decimal? OptionalDecimal(JsonElement data, string name) =>
        OptionalString(data, name) is { Length: > 0 } text ? DecimalValue(Required(data, name), name) : null;
}
