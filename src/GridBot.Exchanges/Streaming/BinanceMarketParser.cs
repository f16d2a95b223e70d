using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Binance combined-stream frames <c>{"stream":"btcusdt@bookTicker","data":{…}}</c>: <c>bookTicker</c> → ticker
/// (Last is the mid: the feed carries no trade price; time is <c>T</c>/<c>E</c> when the venue sends one, else the
/// caller's clock) and <c>kline</c> → a bar once <c>k.x</c> is true. Other frames are <see cref="MarketUpdate.None"/>.
/// </summary>
public static class BinanceMarketParser
{
    /// <summary><c>/stream?streams=btcusdt@bookTicker/btcusdt@kline_1m/…</c> for every symbol.</summary>
    public static string CombinedStreamPath(IEnumerable<Symbol> symbols, bool klines = true) =>
        "/stream?streams=" + string.Join('/', symbols.Select(s => s.Name.ToLowerInvariant())
            .Select(name => klines ? $"{name}@bookTicker/{name}@kline_1m" : $"{name}@bookTicker"));

    public static Result<MarketUpdate> Parse(string message, Func<string, Symbol?> resolveSymbol, long nowMs) =>
        BinanceJson.Parse(message, "market stream", root =>
        {
            if (Optional(root, "data") is not { ValueKind: JsonValueKind.Object } data)
            {
                return MarketUpdate.None;
            }

            var stream = OptionalString(root, "stream") ?? string.Empty;
            if (OptionalString(data, "e") == "kline")
            {
                return Kline(data, resolveSymbol);
            }

            return stream.EndsWith("@bookTicker", StringComparison.Ordinal) ? BookTicker(data, resolveSymbol, nowMs) : MarketUpdate.None;
        });

    private static Result<MarketUpdate> BookTicker(JsonElement data, Func<string, Symbol?> resolveSymbol, long nowMs)
    {
        if (Resolve(String(data, "s"), resolveSymbol) is not { } symbol)
        {
            return MarketUpdate.None;
        }

        var bid = Decimal(data, "b");
        var ask = Decimal(data, "a");
        var time = OptionalLong(data, "T") ?? OptionalLong(data, "E") ?? nowMs;
        return MarketUpdate.Of(new Ticker(symbol, bid, ask, (bid + ask) / 2m, time));
    }

    private static Result<MarketUpdate> Kline(JsonElement data, Func<string, Symbol?> resolveSymbol)
    {
        var k = Required(data, "k");
        if (!Bool(Required(k, "x"), "x") || Resolve(String(data, "s"), resolveSymbol) is not { } symbol)
        {
            return MarketUpdate.None;
        }

        var bar = new Bar(Long(Required(k, "t"), "t"), Decimal(k, "o"), Decimal(k, "h"), Decimal(k, "l"), Decimal(k, "c"), Decimal(k, "v"));
        return bar.Problem() is { } problem ? Fail("kline", problem) : MarketUpdate.Of(symbol, [bar]);
    }

    private static Symbol? Resolve(string name, Func<string, Symbol?> resolveSymbol) => resolveSymbol(name.ToUpperInvariant());
}
