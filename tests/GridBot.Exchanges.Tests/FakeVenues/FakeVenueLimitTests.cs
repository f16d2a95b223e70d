using System.Net;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>
/// Limits that count every request that arrives, whatever then happens to it (a 5xx, a dropped connection), and error
/// answers without usage headers, as a gateway's error page has none.
/// </summary>
public sealed class FakeVenueLimitTests
{
    private const string SpotOrder = "/api/v3/order";
    private const string Limit = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=59000&newClientOrderId=";
    private const string Create = "/v5/order/create";

    [Fact]
    public async Task BinanceOrderLimit_FaultedPlacementsCount_ThirdRefused429WithRetryAfter()
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { OrdersPer10Seconds = 2, UsageHeadersOnFaults = false });
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("POST", SpotOrder, Fault.ServerErrorAfterAccept());

        var info = await client.GetAsync("/api/v3/exchangeInfo");
        var faulted = await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "o-1");
        var second = await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "o-2");
        var third = await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "o-3");

        info.Json["rateLimits"]!.AsArray().Should().Contain(l => (string)l!["rateLimitType"]! == "ORDERS" && (int)l!["intervalNum"]! == 10 && (int)l!["limit"]! == 2);
        faulted.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        faulted.Headers.Keys.Should().NotContain(k => k.StartsWith("X-MBX-", StringComparison.OrdinalIgnoreCase), "an error page carries no usage");
        second.Header("X-MBX-ORDER-COUNT-10S").Should().Be("2", "the faulted placement counted");
        third.Status.Should().Be(HttpStatusCode.TooManyRequests);
        third.Code.Should().Be(-1015);
        third.Header("Retry-After").Should().NotBeNull();
        venue.Spot.Orders.Select(o => o.ClientOrderId).Should().Equal("o-1", "o-2");
    }

    [Fact]
    public async Task BybitEndpointLimit_DroppedCreateCounts_ThirdRefused10006()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { EndpointLimits = new Dictionary<string, int> { [Create] = 2 } });
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("POST", Create, Fault.DropConnection(afterAccept: true));

        var dropped = () => client.BybitPostAsync(Create, Body("d-1"));
        await dropped.Should().ThrowAsync<HttpRequestException>("the venue closed the connection without an answer");
        var second = await client.BybitPostAsync(Create, Body("d-2"));
        var third = await client.BybitPostAsync(Create, Body("d-3"));
        var read = await client.BybitGetAsync("/v5/order/realtime", "category=spot&symbol=BTCUSDT");

        second.Code.Should().Be(0);
        second.Header("X-Bapi-Limit").Should().Be("2");
        second.Header("X-Bapi-Limit-Status").Should().Be("0", "the dropped create counted");
        third.Code.Should().Be(10006);
        read.Code.Should().Be(0, "other endpoints keep their own limit");
        venue.Spot.Orders.Select(o => o.ClientOrderId).Should().Equal("d-1", "d-2");
        venue.RequestsTo("POST", Create).Select(r => r.StatusCode).Should().Equal(0, 200, 200);
    }

    [Fact]
    public async Task BybitServerError_UsageHeadersOnFaultsOff_NoLimitHeaders()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { UsageHeadersOnFaults = false });
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("POST", Create, Fault.ServerErrorBefore(502));

        var faulted = await client.BybitPostAsync(Create, Body("e-1"));
        var ok = await client.BybitPostAsync(Create, Body("e-2"));

        faulted.Status.Should().Be(HttpStatusCode.BadGateway);
        faulted.Header("X-Bapi-Limit-Status").Should().BeNull();
        ok.Header("X-Bapi-Limit-Status").Should().Be("8", "ten a second, two used: the 502 counted too");
    }

    private static string Body(string linkId) =>
        "{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.001\",\"price\":\"59000\",\"orderLinkId\":\"" + linkId + "\"}";
}
