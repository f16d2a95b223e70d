using System.Net;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>
/// A fake venue's clock offset: its "now" is the host's plus the offset everywhere (server time, the recvWindow check,
/// trade times, back-offs), and a back-off it announced can be enforced (a request inside it is refused again).
/// </summary>
public sealed class FakeVenueClockOffsetTests
{
    private const string Limit = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=59000&newClientOrderId=";

    [Theory]
    [InlineData(1_500)]
    [InlineData(-1_500)]
    public async Task ServerTimeAndTradeTimes_AreHostTimePlusTheOffset(long offsetMs)
    {
        await using var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { ClockOffset = TimeSpan.FromMilliseconds(offsetMs) });
        await using var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { ClockOffset = TimeSpan.FromMilliseconds(offsetMs) });
        using var binanceClient = VenueTestClient.For(binance);
        using var bybitClient = VenueTestClient.For(bybit);
        var hostMs = binance.ManualClock!.NowMs;

        var binanceTime = await binanceClient.GetAsync("/api/v3/time");
        var bybitTime = await bybitClient.GetAsync("/v5/market/time");
        (await binanceClient.BinanceAsync(HttpMethod.Post, "/api/v3/order", Limit + "o-1")).Status.Should().Be(HttpStatusCode.OK);
        var fill = binance.Spot.Trade(59_000m).Should().ContainSingle().Subject;

        ((long)binanceTime.Json["serverTime"]!).Should().Be(hostMs + offsetMs);
        ((long)bybitTime.Json["time"]!).Should().Be(bybit.ManualClock!.NowMs + offsetMs);
        fill.TimeMs.Should().Be(hostMs + offsetMs);
        binance.Spot.Orders.Should().ContainSingle().Which.CreatedMs.Should().Be(hostMs + offsetMs);
    }

    [Fact]
    public async Task SignedRequest_StampedWithHostTimeSixSecondsBehind_RefusedButVenueTimeAccepted()
    {
        await using var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { ClockOffset = TimeSpan.FromSeconds(6) });
        await using var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { ClockOffset = TimeSpan.FromSeconds(6) });
        using var binanceClient = VenueTestClient.For(binance); // stamps with the venue's clock
        using var bybitClient = VenueTestClient.For(bybit);

        var binanceHost = await binanceClient.BinanceAsync(HttpMethod.Get, "/api/v3/openOrders", "symbol=BTCUSDT", timestampOffsetMs: -6_000);
        var bybitHost = await bybitClient.BybitGetAsync("/v5/order/realtime", "category=spot&symbol=BTCUSDT", timestampOffsetMs: -6_000);
        var binanceVenue = await binanceClient.BinanceAsync(HttpMethod.Get, "/api/v3/openOrders", "symbol=BTCUSDT");
        var bybitVenue = await bybitClient.BybitGetAsync("/v5/order/realtime", "category=spot&symbol=BTCUSDT");

        binanceHost.Code.Should().Be(-1021);
        bybitHost.Code.Should().Be(10002);
        binanceVenue.Status.Should().Be(HttpStatusCode.OK);
        bybitVenue.Code.Should().Be(0);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(-2_000)]
    public async Task RefuseDuringBackoff_RequestInsideTheBackOffRefusedAgain_AfterItAccepted(long offsetMs)
    {
        var offset = TimeSpan.FromMilliseconds(offsetMs);
        await using var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { ClockOffset = offset, RefuseDuringBackoff = true });
        await using var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { ClockOffset = offset, RefuseDuringBackoff = true });
        using var binanceClient = VenueTestClient.For(binance);
        using var bybitClient = VenueTestClient.For(bybit);
        binance.Faults.Add("*", Fault.RateLimited(2));
        bybit.Faults.Add("*", Fault.RateLimited(2));

        await binanceClient.GetAsync("/api/v3/time");
        var bybitLimited = await bybitClient.BybitGetAsync("/v5/order/realtime", "category=spot&symbol=BTCUSDT");
        binance.ManualClock!.Advance(TimeSpan.FromMilliseconds(1_999));
        bybit.ManualClock!.Advance(TimeSpan.FromMilliseconds(1_999));
        var binanceEarly = await binanceClient.GetAsync("/api/v3/time");
        var bybitEarly = await bybitClient.BybitGetAsync("/v5/order/realtime", "category=spot&symbol=BTCUSDT");
        binance.ManualClock.Advance(TimeSpan.FromMilliseconds(1));
        bybit.ManualClock.Advance(TimeSpan.FromMilliseconds(1));

        bybitLimited.Header("X-Bapi-Limit-Reset-Timestamp").Should().Be((FakeVenueClock.DefaultStartMs + offsetMs + 2_000).ToString(System.Globalization.CultureInfo.InvariantCulture));
        binanceEarly.Status.Should().Be(HttpStatusCode.TooManyRequests);
        binanceEarly.Header("Retry-After").Should().Be("1");
        bybitEarly.Code.Should().Be(10006);
        bybitEarly.Header("X-Bapi-Limit-Reset-Timestamp").Should().Be(bybitLimited.Header("X-Bapi-Limit-Reset-Timestamp"));
        (await binanceClient.GetAsync("/api/v3/time")).Status.Should().Be(HttpStatusCode.OK);
        (await bybitClient.BybitGetAsync("/v5/order/realtime", "category=spot&symbol=BTCUSDT")).Code.Should().Be(0);
    }
}
