using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>Public market data: time, exchangeInfo (the real BTCUSDT shape), tickers, klines (oldest first).</summary>
public sealed partial class FakeBinance
{
    private static readonly Dictionary<string, long> IntervalsMs = new(StringComparer.Ordinal)
    {
        ["1s"] = 1000, ["1m"] = 60_000, ["3m"] = 180_000, ["5m"] = 300_000, ["15m"] = 900_000, ["30m"] = 1_800_000,
        ["1h"] = 3_600_000, ["2h"] = 7_200_000, ["4h"] = 14_400_000, ["6h"] = 21_600_000, ["8h"] = 28_800_000,
        ["12h"] = 43_200_000, ["1d"] = 86_400_000, ["3d"] = 259_200_000, ["1w"] = 604_800_000, ["1M"] = 2_592_000_000,
    };

    private void MapMarketRoutes()
    {
        foreach (var prefix in new[] { "/api/v3", "/fapi/v1" })
        {
            var spot = prefix == "/api/v3";
            Map("GET", prefix + "/time", 1, false, (c, _) => FakeReply.Json(new { serverTime = c.NowMs }));
            Map("GET", prefix + "/exchangeInfo", spot ? 20 : 1, false, ExchangeInfo);
            Map("GET", prefix + "/ticker/price", spot ? 2 : 1, false, TickerPrice);
            Map("GET", prefix + "/ticker/bookTicker", 2, false, BookTicker);
            Map("GET", prefix + "/klines", spot ? 2 : 5, false, Klines);
        }
    }

    private FakeReply ExchangeInfo(FakeCall call, FakeMarket market)
    {
        if (call.Param("symbol") is { } symbol && symbol != market.Rules.Symbol.Name)
        {
            return Error(400, -1121, "Invalid symbol.");
        }

        return market.Type == MarketType.Spot
            ? FakeReply.Json(new
            {
                timezone = "UTC",
                serverTime = call.NowMs,
                rateLimits = new object[]
                {
                    new { rateLimitType = "REQUEST_WEIGHT", interval = "MINUTE", intervalNum = 1, limit = Options.WeightLimitPerMinute },
                    new { rateLimitType = "ORDERS", interval = "SECOND", intervalNum = 10, limit = Options.OrdersPer10Seconds ?? 100 },
                    new { rateLimitType = "ORDERS", interval = "DAY", intervalNum = 1, limit = 200_000 },
                    new { rateLimitType = "RAW_REQUESTS", interval = "MINUTE", intervalNum = 5, limit = 61_000 },
                },
                exchangeFilters = Array.Empty<object>(),
                symbols = new[] { BinanceShapes.SpotSymbol(market, Options) },
            })
            : FakeReply.Json(new
            {
                timezone = "UTC",
                serverTime = call.NowMs,
                futuresType = "U_MARGINED",
                rateLimits = new object[]
                {
                    new { rateLimitType = "REQUEST_WEIGHT", interval = "MINUTE", intervalNum = 1, limit = Math.Min(Options.WeightLimitPerMinute, 2400) },
                    new { rateLimitType = "ORDERS", interval = "MINUTE", intervalNum = 1, limit = 1200 },
                    new { rateLimitType = "ORDERS", interval = "SECOND", intervalNum = 10, limit = Options.OrdersPer10Seconds ?? 300 },
                },
                exchangeFilters = Array.Empty<object>(),
                assets = new[] { new { asset = "USDT", marginAvailable = true, autoAssetExchange = "-10000" } },
                symbols = new[] { BinanceShapes.FuturesSymbol(market, Options) },
            });
    }

    private FakeReply TickerPrice(FakeCall call, FakeMarket market) =>
        CheckSymbol(call, market, required: false) ?? (market.Type == MarketType.Spot
            ? FakeReply.Json(new { symbol = market.Rules.Symbol.Name, price = Wire.F8(market.LastPrice) })
            : FakeReply.Json(new { symbol = market.Rules.Symbol.Name, price = BinanceShapes.Price(market, market.LastPrice), time = call.NowMs }));

    private FakeReply BookTicker(FakeCall call, FakeMarket market)
    {
        if (CheckSymbol(call, market, required: false) is { } error)
        {
            return error;
        }

        var name = market.Rules.Symbol.Name;
        return market.Type == MarketType.Spot
            ? FakeReply.Json(new { symbol = name, bidPrice = Wire.F8(market.Bid), bidQty = Wire.F8(1m), askPrice = Wire.F8(market.Ask), askQty = Wire.F8(1m) })
            : FakeReply.Json(new
            {
                symbol = name,
                bidPrice = BinanceShapes.Price(market, market.Bid),
                bidQty = BinanceShapes.Quantity(market, 1m),
                askPrice = BinanceShapes.Price(market, market.Ask),
                askQty = BinanceShapes.Quantity(market, 1m),
                time = call.NowMs,
            });
    }

    private FakeReply Klines(FakeCall call, FakeMarket market)
    {
        if (CheckSymbol(call, market, required: true) is { } error)
        {
            return error;
        }

        if (call.Param("interval") is not { } interval)
        {
            return Missing("interval");
        }

        if (!IntervalsMs.TryGetValue(interval, out var intervalMs))
        {
            return Error(400, -1120, "Invalid interval.");
        }

        var max = market.Type == MarketType.Spot ? 1000 : 1500;
        var limit = Wire.TryLong(call.Param("limit"), out var l) ? (int)Math.Clamp(l, 1, max) : 500;
        long? start = Wire.TryLong(call.Param("startTime"), out var s) ? s : null;
        long? end = Wire.TryLong(call.Param("endTime"), out var e) ? e : null;
        var rows = Bars.Query(intervalMs, start, end, limit).Select(b => new object[]
        {
            b.OpenTimeMs, P(b.Open), P(b.High), P(b.Low), P(b.Close), Wire.F8(b.Volume), b.OpenTimeMs + intervalMs - 1,
            Wire.F8(b.Volume * b.Close), 1, "0", "0", "0",
        });
        return FakeReply.Json(rows.ToArray());

        string P(decimal price) => market.Type == MarketType.Spot ? Wire.F8(price) : BinanceShapes.Price(market, price);
    }

    private static FakeReply? CheckSymbol(FakeCall call, FakeMarket market, bool required) => call.Param("symbol") switch
    {
        null when required => Missing("symbol"),
        null => null,
        var s when s == market.Rules.Symbol.Name => null,
        _ => Error(400, -1121, "Invalid symbol."),
    };
}
