using System.Globalization;
using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>Public v5 market data: time, instruments-info, tickers, kline (all strings, NEWEST FIRST).</summary>
public sealed partial class FakeBybit
{
    private static readonly Dictionary<string, long> IntervalsMs = new(StringComparer.Ordinal)
    {
        ["1"] = 60_000, ["3"] = 180_000, ["5"] = 300_000, ["15"] = 900_000, ["30"] = 1_800_000, ["60"] = 3_600_000,
        ["120"] = 7_200_000, ["240"] = 14_400_000, ["360"] = 21_600_000, ["720"] = 43_200_000, ["D"] = 86_400_000,
        ["W"] = 604_800_000, ["M"] = 2_592_000_000,
    };

    private void MapMarketRoutes()
    {
        Map("GET", "/v5/market/time", false, c => Ok(
            new { timeSecond = Wire.Ms(c.NowMs / 1000), timeNano = (c.NowMs * 1_000_000L).ToString(CultureInfo.InvariantCulture) }, c.NowMs));
        Map("GET", "/v5/market/instruments-info", false, Instruments);
        Map("GET", "/v5/market/tickers", false, Tickers);
        Map("GET", "/v5/market/kline", false, Kline);
    }

    private FakeReply Instruments(FakeCall call)
    {
        if (Category(call, out var market) is { } error)
        {
            return error;
        }

        var instrument = market.Type == MarketType.Spot ? BybitShapes.SpotInstrument(market) : BybitShapes.LinearInstrument(market);
        return Ok(new { category = call.Param("category"), list = new[] { instrument }, nextPageCursor = string.Empty });
    }

    private FakeReply Tickers(FakeCall call)
    {
        if (Category(call, out var market) is { } error)
        {
            return error;
        }

        var ticker = new Dictionary<string, object>
        {
            ["symbol"] = market.Rules.Symbol.Name,
            ["bid1Price"] = Wire.Plain(market.Bid),
            ["bid1Size"] = "1",
            ["ask1Price"] = Wire.Plain(market.Ask),
            ["ask1Size"] = "1",
            ["lastPrice"] = Wire.Plain(market.LastPrice),
            ["prevPrice24h"] = Wire.Plain(market.LastPrice),
            ["price24hPcnt"] = "0",
            ["highPrice24h"] = Wire.Plain(market.LastPrice),
            ["lowPrice24h"] = Wire.Plain(market.LastPrice),
            ["turnover24h"] = "0",
            ["volume24h"] = "0",
        };
        if (market.Type == MarketType.Perp)
        {
            ticker["markPrice"] = Wire.Plain(market.LastPrice);
            ticker["indexPrice"] = Wire.Plain(market.LastPrice);
            ticker["fundingRate"] = "0.0001";
            ticker["nextFundingTime"] = Wire.Ms(((call.NowMs / 28_800_000) + 1) * 28_800_000);
            ticker["openInterest"] = "0";
        }

        return Ok(new { category = call.Param("category"), list = new[] { ticker } });
    }

    private FakeReply Kline(FakeCall call)
    {
        var withDefault = call.Param("category") is null ? call with { Parameters = new Dictionary<string, string>(call.Parameters) { ["category"] = "linear" } } : call;
        if (Category(withDefault, out var market) is { } error)
        {
            return error;
        }

        if (call.Param("symbol") is null || call.Param("interval") is not { } interval || !IntervalsMs.TryGetValue(interval, out var intervalMs))
        {
            return Error(10001, call.Param("symbol") is null ? "params error: symbol invalid" : "params error: interval invalid");
        }

        var limit = Wire.TryLong(call.Param("limit"), out var l) ? (int)Math.Clamp(l, 1, 1000) : 200;
        long? start = Wire.TryLong(call.Param("start"), out var s) ? s : null;
        long? end = Wire.TryLong(call.Param("end"), out var e) ? e : null;
        var bars = Bars.Query(intervalMs, null, end, int.MaxValue).Where(b => start is null || b.OpenTimeMs >= start).TakeLast(limit).Reverse();
        var list = bars.Select(b => new[]
        {
            Wire.Ms(b.OpenTimeMs), Wire.Plain(b.Open), Wire.Plain(b.High), Wire.Plain(b.Low), Wire.Plain(b.Close),
            Wire.Plain(b.Volume), Wire.Plain(b.Volume * b.Close),
        }).ToArray();
        return Ok(new { symbol = market.Rules.Symbol.Name, category = withDefault.Param("category"), list });
    }
}
