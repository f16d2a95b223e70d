using System.Globalization;
using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>
/// The fakes' trade lists answer time ranges as the venues do: a start alone is one window after it, a range wider than
/// the venue's window is refused, nothing at all is the recent trades only.
/// </summary>
public sealed class FakeTradeWindowTests
{
    private const long Day = 86_400_000L;

    [Theory]
    [InlineData("/api/v3/myTrades", 1, 24)]
    [InlineData("/fapi/v1/userTrades", 7, 168)]
    public async Task BinanceTrades_RangeWiderThanTheWindow_Minus1127(string path, int days, int hours)
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        var start = venue.NowMs - (10 * Day);

        var atLimit = await client.BinanceAsync(HttpMethod.Get, path, Query("symbol=BTCUSDT", start, start + (days * Day)));
        var wider = await client.BinanceAsync(HttpMethod.Get, path, Query("symbol=BTCUSDT", start, start + (days * Day) + 1));
        var fromIdAndTime = await client.BinanceAsync(HttpMethod.Get, path, Query("symbol=BTCUSDT&fromId=1", start, null));

        atLimit.Code.Should().Be(0);
        wider.Code.Should().Be(-1127);
        wider.Json["msg"]!.GetValue<string>().Should().Be($"More than {hours} hours between startTime and endTime.");
        fromIdAndTime.Code.Should().Be(-1128);
    }

    [Theory]
    [InlineData(MarketType.Spot, "/api/v3/myTrades", 2)]
    [InlineData(MarketType.Perp, "/fapi/v1/userTrades", 8)]
    public async Task BinanceTrades_StartOnlyOrNothing_OneWindowOrTheRecentTrades(MarketType market, string path, int gapDays)
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        var fakeMarket = market == MarketType.Spot ? venue.Spot : venue.Futures;
        var (first, _, third) = ThreeFills(fakeMarket, venue.ManualClock!, TimeSpan.FromDays(gapDays));

        var fromFirst = (await client.BinanceAsync(HttpMethod.Get, path, Query("symbol=BTCUSDT", first, null))).Json.AsArray();
        var recent = (await client.BinanceAsync(HttpMethod.Get, path, "symbol=BTCUSDT&limit=1")).Json.AsArray();

        fromFirst.Select(t => (long)t!["time"]!).Should().Equal([first, first], "the two fills within one window of the start");
        recent.Select(t => (long)t!["time"]!).Should().Equal(third);
    }

    [Fact]
    public async Task BybitExecutions_WindowRules_AsDocumented()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { RequestsPerSecond = 100 });
        using var client = VenueTestClient.For(venue);
        var (first, _, third) = ThreeFills(venue.Linear, venue.ManualClock!, TimeSpan.FromDays(8));

        var wider = await client.BybitGetAsync("/v5/execution/list", Query("category=linear&symbol=BTCUSDT", first, first + (7 * Day) + 1));
        var startOnly = await client.BybitGetAsync("/v5/execution/list", Query("category=linear&symbol=BTCUSDT", first, null));
        var nothing = await client.BybitGetAsync("/v5/execution/list", "category=linear&symbol=BTCUSDT");
        var endOnly = await client.BybitGetAsync("/v5/execution/list", Query("category=linear&symbol=BTCUSDT", null, third - 1));

        wider.Code.Should().Be(10001);
        Times(startOnly).Should().Equal(first, first);
        Times(nothing).Should().Equal(third);
        Times(endOnly).Should().BeEmpty("7 days before it hold none of the fills");
    }

    /// <summary>Two fills at one time, then <paramref name="gap"/> later a third; returns the three times.</summary>
    private static (long First, long Second, long Third) ThreeFills(FakeMarket market, FakeVenueClock clock, TimeSpan gap)
    {
        market.SetBalance(market.QuoteAsset, 1_000_000m);
        market.Place(new FakeOrderRequest(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, 0.003m, 59_000m, "w-1", false)).Order.Should().NotBeNull();
        market.Trade(59_000m, 0.001m);
        market.Trade(59_000m, 0.001m);
        clock.Advance(gap);
        market.Trade(59_000m, 0.001m);
        var times = market.Fills.Select(f => f.TimeMs).ToArray();
        return (times[0], times[1], times[2]);
    }

    private static long[] Times(VenueResponse response) =>
        [.. response.Json["result"]!["list"]!.AsArray().Select(e => long.Parse(e!["execTime"]!.GetValue<string>(), CultureInfo.InvariantCulture)).Order()];

    private static string Query(string head, long? start, long? end) => head
        + (start is { } s ? "&startTime=" + s.ToString(CultureInfo.InvariantCulture) : string.Empty)
        + (end is { } e ? "&endTime=" + e.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
