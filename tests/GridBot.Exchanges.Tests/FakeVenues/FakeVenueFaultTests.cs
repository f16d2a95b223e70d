using System.Diagnostics;
using System.Net;
using System.Text.Json;

using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

public sealed class FakeVenueFaultTests
{
    private const string SpotOrder = "/api/v3/order";
    private const string Limit = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=59000&newClientOrderId=";

    [Fact]
    public async Task ServerErrorAfterAccept_Returns503ButTheOrderIsPlacedExactlyOnce()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("POST", SpotOrder, Fault.ServerErrorAfterAccept());

        var response = await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "lost");

        response.Status.Should().Be(HttpStatusCode.ServiceUnavailable);
        response.Code.Should().Be(-1006);
        venue.Spot.OrdersWithClientId("lost").Should().ContainSingle().Which.Status.Should().Be(FakeOrderStatus.New);
        (await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "lost")).Code.Should().Be(-2010);
        venue.RequestsTo("POST", SpotOrder).Select(r => r.Fault).Should().Equal(FaultKind.ServerError, null);
    }

    [Fact]
    public async Task ServerErrorBefore_Returns500AndNothingIsPlaced()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("POST", SpotOrder, Fault.ServerErrorBefore());

        var response = await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "never");

        response.Status.Should().Be(HttpStatusCode.InternalServerError);
        venue.Spot.Orders.Should().BeEmpty();
        venue.Faults.Pending.Should().Be(0);
    }

    [Fact]
    public async Task TimeoutAfterAccept_ClientGivesUpYetTheOrderExists()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue, TimeSpan.FromMilliseconds(200));
        venue.Faults.Add("POST", SpotOrder, Fault.Timeout(TimeSpan.FromSeconds(30), afterAccept: true));

        var send = () => client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "slow");

        await send.Should().ThrowAsync<TaskCanceledException>();
        venue.Spot.OrdersWithClientId("slow").Should().ContainSingle();
    }

    [Fact]
    public async Task RateLimited_Returns429RetryAfterAndMarksRequestsSentTooEarly()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("*", Fault.RateLimited(7));

        var limited = await client.GetAsync("/api/v3/time");
        var early = await client.GetAsync("/api/v3/time");
        venue.ManualClock!.Advance(TimeSpan.FromSeconds(7));
        await client.GetAsync("/api/v3/time");

        limited.Status.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Header("Retry-After").Should().Be("7");
        early.Status.Should().Be(HttpStatusCode.OK);
        venue.BackoffUntilMs.Should().Be(FakeVenueClock.DefaultStartMs + 7000);
        venue.Requests.Select(r => r.DuringBackoff).Should().Equal(false, true, false);
    }

    [Fact]
    public async Task IpBanned_Returns418WithRetryAfter()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("GET", "/fapi/v1/time", Fault.IpBanned(120));

        var response = await client.GetAsync("/fapi/v1/time");

        ((int)response.Status).Should().Be(418);
        response.Header("Retry-After").Should().Be("120");
        response.Code.Should().Be(-1003);
    }

    [Fact]
    public async Task StaleTimestampOnce_Returns1021ThenTheRetrySucceeds()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("GET", "/api/v3/account", Fault.StaleTimestamp());

        (await client.BinanceAsync(HttpMethod.Get, "/api/v3/account", string.Empty)).Code.Should().Be(-1021);
        (await client.BinanceAsync(HttpMethod.Get, "/api/v3/account", string.Empty)).Code.Should().Be(0);
    }

    [Fact]
    public async Task PartialFill_OrderAnswersPartiallyFilled()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("POST", SpotOrder, Fault.PartialFill(0.0004m));

        var response = await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "part");

        response.Json["status"]!.GetValue<string>().Should().Be("PARTIALLY_FILLED");
        response.Json["executedQty"]!.GetValue<string>().Should().Be("0.00040000");
        response.Json["fills"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task MalformedJson_BodyDoesNotParseButTheOrderIsPlaced()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("POST", SpotOrder, Fault.MalformedJson());

        var response = await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "garbled");

        var parse = () => JsonDocument.Parse(response.Body);
        parse.Should().Throw<JsonException>();
        venue.Spot.OrdersWithClientId("garbled").Should().ContainSingle();
    }

    [Fact]
    public async Task Bybit_Faults_UseBybitShapes()
    {
        await using var venue = await FakeBybit.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults
            .Add("GET", "/v5/market/time", Fault.RateLimited(3))
            .Add("GET", "/v5/market/time", Fault.IpBanned(600))
            .Add("POST", "/v5/order/create", Fault.ServerErrorAfterAccept(502));
        const string order = """{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.01","price":"59000","orderLinkId":"b-1"}""";

        var limited = await client.GetAsync("/v5/market/time");
        var banned = await client.GetAsync("/v5/market/time");
        var lost = await client.BybitPostAsync("/v5/order/create", order);
        var retry = await client.BybitPostAsync("/v5/order/create", order);

        limited.Code.Should().Be(10006);
        limited.Header("X-Bapi-Limit-Reset-Timestamp").Should().Be("1711272984650");
        banned.Status.Should().Be(HttpStatusCode.Forbidden);
        lost.Status.Should().Be(HttpStatusCode.BadGateway);
        retry.Code.Should().Be(110072);
        venue.Linear.OrdersWithClientId("b-1").Should().ContainSingle();
    }

    [Fact]
    public async Task Bybit_StaleTimestampFault_Returns10002()
    {
        await using var venue = await FakeBybit.StartAsync();
        using var client = VenueTestClient.For(venue);
        venue.Faults.Add("/v5/position/list", Fault.StaleTimestamp());

        (await client.BybitGetAsync("/v5/position/list", "category=linear")).Code.Should().Be(10002);
    }

    [Fact]
    public async Task Requests_AreRecordedWithSecretsMasked()
    {
        await using var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue);

        await client.BinanceAsync(HttpMethod.Post, SpotOrder, Limit + "rec");

        var recorded = venue.Requests.Should().ContainSingle().Subject;
        recorded.Param("newClientOrderId").Should().Be("rec");
        recorded.Headers["X-MBX-APIKEY"].Should().Be("***");
        recorded.StatusCode.Should().Be(200);
        recorded.VenueCode.Should().Be(0);
        recorded.TimeMs.Should().Be(FakeVenueClock.DefaultStartMs);
    }

    [Fact]
    public async Task Dispose_DuringAPendingTimeout_IsPromptAndFreesThePort()
    {
        var venue = await FakeBinance.StartAsync();
        using var client = VenueTestClient.For(venue, TimeSpan.FromSeconds(30));
        venue.Faults.Add("GET", "/api/v3/time", Fault.Timeout(TimeSpan.FromSeconds(30)));
        var pending = client.GetAsync("/api/v3/time");
        while (venue.Requests.Count == 0)
        {
            await Task.Delay(10);
        }

        var watch = Stopwatch.StartNew();
        await venue.DisposeAsync();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        await ((Func<Task>)(() => pending)).Should().ThrowAsync<HttpRequestException>();
        using var probe = new System.Net.Sockets.TcpClient();
        var connect = () => probe.ConnectAsync(venue.BaseUrl.Host, venue.BaseUrl.Port);
        await connect.Should().ThrowAsync<System.Net.Sockets.SocketException>();
    }
}
