using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Http;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// The Binance client (spot and USDⓈ-M) against the fake venue's injected faults: an unanswered or 5xx placement is
/// <see cref="ErrorKind.UnknownStatus"/>, never a rejection; reconciliation by client id tells whether it exists; a
/// re-send with the same id can never make a second order; back-off is obeyed; unreadable bodies are error values.
/// </summary>
public sealed class BinanceClientFaultTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    private static OrderRequest Buy(string id, decimal price = 59_000m, decimal quantity = 0.002m) =>
        new(Btc, id, OrderSide.Buy, OrderType.Limit, quantity, price);

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task PlaceOrder_TimeoutAfterVenueAccepted_UnknownStatusFoundByIdAndResendIsDuplicate(MarketType market)
    {
        await using var venue = await FakeBinance.StartAsync();
        venue.Faults.Add("POST", OrderPath(Venue.Binance, market), Fault.Timeout(Forever, afterAccept: true));
        var hasty = BinanceClient(venue, market, _http, TimeSpan.FromSeconds(2));
        await hasty.GetOrderAsync(Btc, "warm-up", default); // its clock synced first, so only the placement can meet the short timeout
        var client = BinanceClient(venue, market, _http);

        var first = await hasty.PlaceOrderAsync(Buy("t-1-b1"), default);
        var found = await client.GetOrderAsync(Btc, "t-1-b1", default);
        var again = await client.PlaceOrderAsync(Buy("t-1-b1"), default);

        first.Error!.Kind.Should().Be(ErrorKind.UnknownStatus, "no answer is not a failure: the order may exist");
        found.IsSuccess.Should().BeTrue(found.Error?.ToString());
        found.Value.Status.Should().Be(OrderStatus.New);
        again.Error!.Kind.Should().Be(ErrorKind.DuplicateClientOrderId, "the venue refuses the id it already has, which the bot reads as placed");
        MarketOf(venue, market).OrdersWithClientId("t-1-b1").Should().ContainSingle("the order exists exactly once");
        venue.RequestsTo("POST", OrderPath(Venue.Binance, market)).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task PlaceOrder_TimeoutBeforeProcessing_UnknownStatusAndReconciliationFindsNothing(MarketType market)
    {
        await using var venue = await FakeBinance.StartAsync();
        venue.Faults.Add("POST", OrderPath(Venue.Binance, market), Fault.Timeout(Forever));
        var hasty = BinanceClient(venue, market, _http, TimeSpan.FromSeconds(2));
        await hasty.GetOrderAsync(Btc, "warm-up", default); // its clock synced first, so only the placement can meet the short timeout
        var client = BinanceClient(venue, market, _http);

        var first = await hasty.PlaceOrderAsync(Buy("t-2-b1"), default);
        var found = await client.GetOrderAsync(Btc, "t-2-b1", default);

        first.Error!.Kind.Should().Be(ErrorKind.UnknownStatus);
        found.Error!.Kind.Should().Be(ErrorKind.UnknownOrder, "the venue never processed it");
        MarketOf(venue, market).OrdersWithClientId("t-2-b1").Should().BeEmpty();
        (await client.PlaceOrderAsync(Buy("t-2-b1"), default)).IsSuccess.Should().BeTrue("only now, with the order known absent, is a re-send safe");
        MarketOf(venue, market).OrdersWithClientId("t-2-b1").Should().ContainSingle();
    }

    [Theory]
    [InlineData(MarketType.Spot, "before", "-1001", 0)]
    [InlineData(MarketType.Spot, "after-accept", "-1006", 1)]
    [InlineData(MarketType.Spot, "backend-timeout", "-1007", 0)]
    [InlineData(MarketType.Perp, "before", "-1001", 0)]
    [InlineData(MarketType.Perp, "after-accept", "-1006", 1)]
    [InlineData(MarketType.Perp, "backend-timeout", "-1007", 0)]
    public async Task PlaceOrder_ServerError_UnknownStatusNeverRejected(MarketType market, string when, string code, int placed)
    {
        await using var venue = await FakeBinance.StartAsync();
        var fault = when switch
        {
            "before" => Fault.ServerErrorBefore(500),
            "after-accept" => Fault.ServerErrorAfterAccept(503),
            _ => Fault.Timeout(TimeSpan.FromMilliseconds(20)),
        };
        venue.Faults.Add("POST", OrderPath(Venue.Binance, market), fault);
        var client = BinanceClient(venue, market, _http);

        var result = await client.PlaceOrderAsync(Buy("t-3-b1"), default);
        var found = await client.GetOrderAsync(Btc, "t-3-b1", default);

        result.Error!.Kind.Should().Be(ErrorKind.UnknownStatus, "a 5xx is never a failed placement");
        result.Error.Code.Should().Be(code);
        result.Error.IsTransient.Should().BeTrue();
        found.IsSuccess.Should().Be(placed == 1, "reconciliation by client id tells whether the order exists");
        MarketOf(venue, market).OrdersWithClientId("t-3-b1").Should().HaveCount(placed);
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task IpBanned_NothingLeavesTheClientUntilRetryAfterHasPassed(MarketType market)
    {
        // Real time: the limiter waits on the clock it reads, and the fake marks requests that arrive inside the ban.
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var tickerPath = market == MarketType.Spot ? "/api/v3/ticker/bookTicker" : "/fapi/v1/ticker/bookTicker";
        venue.Faults.Add("GET", tickerPath, Fault.IpBanned(1));
        var client = BinanceClient(venue, market, _http);
        var before = await WarmUpAsync(venue, client);

        var banned = await client.GetTickerAsync(Btc, default);
        var placed = await client.PlaceOrderAsync(Buy("t-4-b1"), default);

        banned.Error!.Kind.Should().Be(ErrorKind.IpBanned);
        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        var requests = venue.Requests.Skip(before).ToList();
        requests.Should().HaveCount(2, "the placement waited instead of being sent, refused and retried");
        requests.Should().NotContain(r => r.DuringBackoff);
        requests[1].TimeMs.Should().BeGreaterThanOrEqualTo(requests[0].TimeMs + 1000);
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task TooManyOrders1015_OnlyNewOrdersWaitForTheWindowToEnd(MarketType market)
    {
        await using var venue = await FakeBinance.StartAsync();
        var clock = venue.ManualClock!;
        var client = BinanceClient(venue, market, _http);
        await WarmUpAsync(venue, client);
        var orderPath = OrderPath(Venue.Binance, market);
        venue.Faults.Add("POST", orderPath, Fault.TooManyOrders(10));

        var refused = await client.PlaceOrderAsync(Buy("t-9-b1"), default);
        using var patience = new CancellationTokenSource(Patient); // a blanket back-off would hold the read past this
        var readMeanwhile = await client.GetOpenOrdersAsync(Btc, patience.Token);
        using var shortWait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var heldBack = () => client.PlaceOrderAsync(Buy("t-9-b2"), shortWait.Token);

        refused.Error!.Kind.Should().Be(ErrorKind.RateLimited);
        refused.Error.Code.Should().Be("-1015");
        readMeanwhile.IsSuccess.Should().BeTrue("a spent order count holds back new orders only, not reads or cancels");
        await heldBack.Should().ThrowAsync<OperationCanceledException>("the 10 s order window has not ended on the venue's clock");
        venue.RequestsTo("POST", orderPath).Should().ContainSingle("only the refused order went out");

        // The 10 s window (aligned to the venue's epoch) ends; the client adds its margin to waits the venue decides.
        clock.SetMs((clock.NowMs / 10_000 * 10_000) + 10_000 + (long)RateLimiter.DefaultMargin.TotalMilliseconds);
        var placed = await client.PlaceOrderAsync(Buy("t-9-b3"), default);

        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        venue.RequestsTo("POST", orderPath).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task PlaceOrder_MalformedJsonAfterAccept_UnknownStatusAndTheOrderIsFound(MarketType market)
    {
        await using var venue = await FakeBinance.StartAsync();
        venue.Faults.Add("POST", OrderPath(Venue.Binance, market), Fault.MalformedJson());
        var client = BinanceClient(venue, market, _http);

        var result = await client.PlaceOrderAsync(Buy("t-5-b1"), default);

        result.Error!.Kind.Should().Be(ErrorKind.UnknownStatus, "an unreadable answer to a placement says nothing about the order");
        (await client.GetOrderAsync(Btc, "t-5-b1", default)).IsSuccess.Should().BeTrue();
        MarketOf(venue, market).OrdersWithClientId("t-5-b1").Should().ContainSingle();
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task Reads_MalformedJson_ErrorValueNotException(MarketType market)
    {
        await using var venue = await FakeBinance.StartAsync();
        var prefix = market == MarketType.Spot ? "/api/v3" : "/fapi/v1";
        venue.Faults.Add("GET", market == MarketType.Spot ? "/api/v3/account" : "/fapi/v2/balance", Fault.MalformedJson());
        venue.Faults.Add("GET", prefix + "/openOrders", Fault.MalformedJson());
        var client = BinanceClient(venue, market, _http);

        var balances = await client.GetBalancesAsync(default);
        var open = await client.GetOpenOrdersAsync(Btc, default);

        balances.IsSuccess.Should().BeFalse();
        balances.Error!.Code.Should().Be("MalformedResponse");
        open.IsSuccess.Should().BeFalse();
        open.Error!.Code.Should().Be("MalformedResponse");
        (await client.GetBalancesAsync(default)).IsSuccess.Should().BeTrue("the fault was one answer, not a broken client");
    }
}
