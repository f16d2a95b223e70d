using System.Net;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Http;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// The Bybit client (spot and linear) against the fake venue's injected faults: timeouts, 5xx and Bybit's own
/// server-side retCodes on a placement are <see cref="ErrorKind.UnknownStatus"/>; an orderLinkId is never placed twice;
/// 10006 and 10002 are handled inside the client; unreadable bodies are error values.
/// </summary>
public sealed class BybitClientFaultTests : IDisposable
{
    private const string CreatePath = "/v5/order/create";
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    private static OrderRequest Buy(string id, decimal quantity = 0.002m) => new(Btc, id, OrderSide.Buy, OrderType.Limit, quantity, 59_000m);

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task PlaceOrder_TimeoutAfterVenueAccepted_UnknownStatusFoundByIdAndResendIsDuplicate(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        venue.Faults.Add("POST", CreatePath, Fault.Timeout(Forever, afterAccept: true));
        var hasty = BybitClient(venue, market, _http, TimeSpan.FromSeconds(2));
        await hasty.GetOrderAsync(Btc, "warm-up", default); // its clock synced first, so only the placement can meet the short timeout
        var client = BybitClient(venue, market, _http);

        var first = await hasty.PlaceOrderAsync(Buy("t-1-b1"), default);
        var found = await client.GetOrderAsync(Btc, "t-1-b1", default);
        var again = await client.PlaceOrderAsync(Buy("t-1-b1"), default);

        first.Error!.Kind.Should().Be(ErrorKind.UnknownStatus);
        found.IsSuccess.Should().BeTrue(found.Error?.ToString());
        again.Error!.Kind.Should().Be(ErrorKind.DuplicateClientOrderId, "110072: the venue has it, which the bot reads as placed");
        again.Error.Code.Should().Be("110072");
        MarketOf(venue, market).OrdersWithClientId("t-1-b1").Should().ContainSingle();
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task PlaceOrder_TimeoutBeforeProcessing_UnknownStatusAndReconciliationFindsNothing(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        venue.Faults.Add("POST", CreatePath, Fault.Timeout(Forever));
        var hasty = BybitClient(venue, market, _http, TimeSpan.FromSeconds(2));
        await hasty.GetOrderAsync(Btc, "warm-up", default); // its clock synced first, so only the placement can meet the short timeout
        var client = BybitClient(venue, market, _http);

        var first = await hasty.PlaceOrderAsync(Buy("t-2-b1"), default);
        var found = await client.GetOrderAsync(Btc, "t-2-b1", default);

        first.Error!.Kind.Should().Be(ErrorKind.UnknownStatus);
        found.Error!.Kind.Should().Be(ErrorKind.UnknownOrder);
        MarketOf(venue, market).OrdersWithClientId("t-2-b1").Should().BeEmpty();
    }

    [Theory]
    [InlineData(MarketType.Spot, false)]
    [InlineData(MarketType.Spot, true)]
    [InlineData(MarketType.Perp, false)]
    [InlineData(MarketType.Perp, true)]
    public async Task PlaceOrder_Http5xx_UnknownStatusNeverRejected(MarketType market, bool afterAccept)
    {
        await using var venue = await FakeBybit.StartAsync();
        venue.Faults.Add("POST", CreatePath, afterAccept ? Fault.ServerErrorAfterAccept(503) : Fault.ServerErrorBefore(502));
        var client = BybitClient(venue, market, _http);

        var result = await client.PlaceOrderAsync(Buy("t-3-b1"), default);

        result.Error!.Kind.Should().Be(ErrorKind.UnknownStatus);
        (await client.GetOrderAsync(Btc, "t-3-b1", default)).IsSuccess.Should().Be(afterAccept);
        MarketOf(venue, market).OrdersWithClientId("t-3-b1").Should().HaveCount(afterAccept ? 1 : 0);
    }

    /// <summary>Bybit's equivalents of Binance -1006/-1007: HTTP 200 with retCode 10000 (server timeout) or 10016 (internal error).</summary>
    [Theory]
    [InlineData(MarketType.Spot, 10000, false)]
    [InlineData(MarketType.Spot, 10016, true)]
    [InlineData(MarketType.Perp, 10000, true)]
    [InlineData(MarketType.Perp, 10016, false)]
    public async Task PlaceOrder_ServerSideRetCode_UnknownStatusAndReconciled(MarketType market, int retCode, bool afterAccept)
    {
        await using var venue = await FakeBybit.StartAsync();
        var body = "{\"retCode\":" + retCode + ",\"retMsg\":\"" + (retCode == 10000 ? "Server Timeout" : "Internal System Error") +
            "\",\"result\":{},\"retExtInfo\":{},\"time\":" + venue.NowMs + "}";
        using var reply = new OneShotReply(r => r.RequestUri!.AbsolutePath == CreatePath, HttpStatusCode.OK, body, afterAccept);
        using var http = new HttpClient(reply);
        var client = BybitClient(venue, market, http);

        var result = await client.PlaceOrderAsync(Buy("t-4-b1"), default);
        var found = await client.GetOrderAsync(Btc, "t-4-b1", default);

        reply.Fired.Should().BeTrue();
        result.Error!.Kind.Should().Be(ErrorKind.UnknownStatus);
        result.Error.Code.Should().Be(retCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
        found.IsSuccess.Should().Be(afterAccept);
        MarketOf(venue, market).OrdersWithClientId("t-4-b1").Should().HaveCount(afterAccept ? 1 : 0);
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task RateLimited10006_NothingLeavesTheClientBeforeTheNamedReset(MarketType market)
    {
        // Real time: the limiter waits on the clock it reads.
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System });
        venue.Faults.Add("GET", "/v5/market/tickers", Fault.RateLimited(1));
        var client = BybitClient(venue, market, _http);
        var before = await WarmUpAsync(venue, client);

        var limited = await client.GetTickerAsync(Btc, default);
        var placed = await client.PlaceOrderAsync(Buy("t-5-b1"), default);

        limited.Error!.Kind.Should().Be(ErrorKind.RateLimited);
        limited.Error.Code.Should().Be("10006");
        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        var requests = venue.Requests.Skip(before).ToList();
        requests[0].VenueCode.Should().Be(10006);
        requests.Should().HaveCount(3, "the placement and its status query waited instead of being refused and retried");
        requests.Skip(1).Should().OnlyContain(r => r.TimeMs >= requests[0].TimeMs + 1000, "the reset named was the limited request's time + 1 s");
        requests.Should().NotContain(r => r.DuringBackoff);
    }

    [Fact]
    public async Task RateLimited10006OnAPrivateRoute_WaitsForTheResetTheVenueNamed()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System });
        venue.Faults.Add("GET", "/v5/order/realtime", Fault.RateLimited(2));
        var client = BybitClient(venue, MarketType.Spot, _http);
        var before = await WarmUpAsync(venue, client);

        var limited = await client.GetOpenOrdersAsync(Btc, default);
        var again = await client.GetOpenOrdersAsync(Btc, default);

        limited.Error!.Kind.Should().Be(ErrorKind.RateLimited);
        again.IsSuccess.Should().BeTrue(again.Error?.ToString());
        var requests = venue.Requests.Skip(before).ToList();
        requests.Should().HaveCount(2);
        requests[1].TimeMs.Should().BeGreaterThanOrEqualTo(requests[0].TimeMs + 2000, "the 10006 named a reset 2 s after the limited request");
        requests.Should().NotContain(r => r.DuringBackoff);
    }

    /// <summary>Bybit's 403 names no end; the docs say the ban lasts at least ten minutes, so nothing goes out before then.</summary>
    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task IpBanned403_NothingLeavesTheClientForTenMinutes(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        var clock = venue.ManualClock!;
        var client = BybitClient(venue, market, _http);
        var before = await WarmUpAsync(venue, client);
        venue.Faults.Add("GET", "/v5/market/tickers", Fault.IpBanned(600));

        var banned = await client.GetTickerAsync(Btc, default);
        clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        using var shortWait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var tooSoon = () => client.GetOpenOrdersAsync(Btc, shortWait.Token);

        banned.Error!.Kind.Should().Be(ErrorKind.IpBanned);
        banned.Error.Code.Should().Be("403");
        await tooSoon.Should().ThrowAsync<OperationCanceledException>("a request inside the ban would only extend it");
        venue.Requests.Skip(before).Should().ContainSingle("only the banned request went out");

        clock.Advance(TimeSpan.FromSeconds(1) + RateLimiter.DefaultMargin); // ten minutes, plus the client's margin
        var after = await client.GetOpenOrdersAsync(Btc, default);

        after.IsSuccess.Should().BeTrue(after.Error?.ToString());
    }

    /// <summary>Bybit reports each endpoint's calls left (X-Bapi-Limit-Status); at zero the client waits for the reset instead of drawing a 10006.</summary>
    [Fact]
    public async Task PerEndpointLimit_ClientPacesItselfFromTheUsageHeaders()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System, RequestsPerSecond = 3 });
        var client = BybitClient(venue, MarketType.Spot, _http);
        var before = await WarmUpAsync(venue, client);

        for (var i = 0; i < 8; i++)
        {
            var open = await client.GetOpenOrdersAsync(Btc, default);
            open.IsSuccess.Should().BeTrue($"read {i + 1}: {open.Error}");
        }

        var reads = venue.Requests.Skip(before).Where(r => r.Path == "/v5/order/realtime").ToList();
        reads.Should().HaveCount(8, "no read was refused and retried");
        reads.Should().OnlyContain(r => r.VenueCode == null || r.VenueCode == 0);
        reads.GroupBy(r => r.TimeMs / 1000).Should().OnlyContain(g => g.Count() <= 3, "at most 3 per venue second");
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task StaleTimestamp10002_ResyncsAndRetriesOnce(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        venue.Faults.Add("GET", "/v5/order/realtime", Fault.StaleTimestamp());
        var client = BybitClient(venue, market, _http);

        var open = await client.GetOpenOrdersAsync(Btc, default);

        open.IsSuccess.Should().BeTrue(open.Error?.ToString());
        // The first signed request measures the clock; the 10002 measures it again and retries once.
        venue.Requests.Select(r => r.Path).Should().Equal("/v5/market/time", "/v5/order/realtime", "/v5/market/time", "/v5/order/realtime");
    }

    [Fact]
    public async Task StaleTimestamp10002Twice_RetriesOnlyOnceThenReportsIt()
    {
        await using var venue = await FakeBybit.StartAsync();
        venue.Faults.Add("GET", "/v5/order/realtime", Fault.StaleTimestamp(), times: 2);
        var client = BybitClient(venue, MarketType.Perp, _http);

        var open = await client.GetOpenOrdersAsync(Btc, default);

        open.Error!.Kind.Should().Be(ErrorKind.InvalidTimestamp);
        venue.RequestsTo("GET", "/v5/order/realtime").Should().HaveCount(2);
        venue.RequestsTo("GET", "/v5/market/time").Should().HaveCount(2, "one sync before the first signed request, one after the 10002");
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task PlaceOrder_MalformedJsonAfterAccept_UnknownStatusAndTheOrderIsFound(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        venue.Faults.Add("POST", CreatePath, Fault.MalformedJson());
        var client = BybitClient(venue, market, _http);

        var result = await client.PlaceOrderAsync(Buy("t-6-b1"), default);

        result.Error!.Kind.Should().Be(ErrorKind.UnknownStatus);
        (await client.GetOrderAsync(Btc, "t-6-b1", default)).IsSuccess.Should().BeTrue();
        MarketOf(venue, market).OrdersWithClientId("t-6-b1").Should().ContainSingle();
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task Reads_MalformedJson_ErrorValueNotException(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        venue.Faults.Add("GET", "/v5/account/wallet-balance", Fault.MalformedJson());
        venue.Faults.Add("GET", "/v5/order/realtime", Fault.MalformedJson());
        var client = BybitClient(venue, market, _http);

        var balances = await client.GetBalancesAsync(default);
        var open = await client.GetOpenOrdersAsync(Btc, default);

        balances.IsSuccess.Should().BeFalse();
        balances.Error!.Code.Should().Be("MalformedResponse");
        open.IsSuccess.Should().BeFalse();
        open.Error!.Code.Should().Be("MalformedResponse");
        (await client.GetBalancesAsync(default)).IsSuccess.Should().BeTrue();
    }
}
