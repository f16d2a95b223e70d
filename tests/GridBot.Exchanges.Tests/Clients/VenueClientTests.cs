using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>The real Binance and Bybit clients against local fake venues that verify signatures independently.</summary>
public sealed class VenueClientTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private readonly HttpClient _http = new();
    private readonly CapturingLogger _log = new();

    public void Dispose() => _http.Dispose();

    private IExchange Client(FakeVenueHost venue, Venue which, MarketType market, string key, string secret, TimeSpan? timeout = null) =>
        VenueClients.Create(which, market, new RestOptions { BaseUrl = venue.BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(5) },
            new ApiCredentials(key, secret), venue.Clock, _log, _http);

    private static OrderRequest Limit(string id, OrderSide side, decimal price, decimal qty = 0.001m) =>
        new(Btc, id, side, OrderType.Limit, qty, price);

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task Binance_PlaceFillQueryCancel_RoundTrip(MarketType market)
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = Client(venue, Venue.Binance, market, venue.Options.ApiKey, venue.Options.ApiSecret);

        var rules = await client.GetRulesAsync(Btc, default);
        rules.IsSuccess.Should().BeTrue(rules.Error?.ToString());
        var placed = await client.PlaceOrderAsync(Limit("g-1-b1", OrderSide.Buy, 59_000m, 0.002m), default);
        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        placed.Value.Status.Should().Be(OrderStatus.New);
        (await client.GetOrderAsync(Btc, "g-1-b1", default)).Value.ClientOrderId.Should().Be("g-1-b1");

        venue.Trade(59_000m);
        var fills = await client.GetFillsSinceAsync(Btc, 0, default);
        fills.Value.Should().ContainSingle().Which.ClientOrderId.Should().Be("g-1-b1");
        (await client.CancelOrderAsync(Btc, "g-1-b1", default)).IsSuccess.Should().BeFalse("a filled order cannot be cancelled");
        (await client.GetOrderAsync(Btc, "nope", default)).Error!.Kind.Should().Be(ErrorKind.UnknownOrder);
    }

    [Fact]
    public async Task Binance_ServerErrorAfterAccept_UnknownStatusThenDuplicateMeansPlaced()
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = Client(venue, Venue.Binance, MarketType.Spot, venue.Options.ApiKey, venue.Options.ApiSecret);
        venue.Faults.Add("POST", "/api/v3/order", Fault.ServerErrorAfterAccept(503));

        var first = await client.PlaceOrderAsync(Limit("g-2-b1", OrderSide.Buy, 59_000m), default);
        first.Error!.Kind.Should().Be(ErrorKind.UnknownStatus, "a 5xx is never a failed placement");
        (await client.GetOrderAsync(Btc, "g-2-b1", default)).IsSuccess.Should().BeTrue("reconciliation finds the order");
        venue.Spot.OrdersWithClientId("g-2-b1").Should().HaveCount(1);
    }

    [Fact]
    public async Task Binance_RateLimited_NothingSentBeforeRetryAfter()
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var client = Client(venue, Venue.Binance, MarketType.Spot, venue.Options.ApiKey, venue.Options.ApiSecret);
        venue.Faults.Add("GET", "/api/v3/ticker/bookTicker", Fault.RateLimited(1));

        (await client.GetTickerAsync(Btc, default)).Error!.Kind.Should().Be(ErrorKind.RateLimited);
        var again = await client.GetTickerAsync(Btc, default);

        again.IsSuccess.Should().BeTrue();
        venue.Requests.Should().NotContain(r => r.DuringBackoff);
    }

    [Fact]
    public async Task Binance_StaleTimestamp_ResyncsAndRetriesOnce()
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = Client(venue, Venue.Binance, MarketType.Spot, venue.Options.ApiKey, venue.Options.ApiSecret);
        venue.Faults.Add("GET", "/api/v3/openOrders", Fault.StaleTimestamp());

        (await client.GetOpenOrdersAsync(Btc, default)).IsSuccess.Should().BeTrue();
        // The first signed request measures the clock; the -1021 measures it again and retries once.
        venue.Requests.Select(r => r.Path).Should().Equal("/api/v3/time", "/api/v3/openOrders", "/api/v3/time", "/api/v3/openOrders");
    }

    [Fact]
    public async Task Binance_StaleTimestampTwice_RetriesOnlyOnceThenReportsIt()
    {
        await using var venue = await FakeBinance.StartAsync();
        var client = Client(venue, Venue.Binance, MarketType.Spot, venue.Options.ApiKey, venue.Options.ApiSecret);
        venue.Faults.Add("GET", "/api/v3/openOrders", Fault.StaleTimestamp(), times: 2);

        var open = await client.GetOpenOrdersAsync(Btc, default);

        open.Error!.Kind.Should().Be(ErrorKind.InvalidTimestamp);
        open.Error.Code.Should().Be("-1021");
        venue.RequestsTo("GET", "/api/v3/openOrders").Should().HaveCount(2);
    }

    [Theory]
    [InlineData(Venue.Binance, "/api/v3/time")]
    [InlineData(Venue.Bybit, "/v5/market/time")]
    public async Task ClockSync_BeforeTheFirstSignedRequest_ThenOncePerInterval(Venue which, string timePath)
    {
        await using FakeVenueHost venue = which == Venue.Binance ? await FakeBinance.StartAsync() : await FakeBybit.StartAsync();
        var clock = (FakeVenueClock)venue.Clock;
        var (key, secret) = venue switch
        {
            FakeBinance binance => (binance.Options.ApiKey, binance.Options.ApiSecret),
            FakeBybit bybit => (bybit.Options.ApiKey, bybit.Options.ApiSecret),
            _ => throw new InvalidOperationException("unknown fake venue"),
        };
        var client = VenueClients.Create(which, MarketType.Spot,
            new RestOptions { BaseUrl = venue.BaseUrl, Timeout = TimeSpan.FromSeconds(5), ClockResyncInterval = TimeSpan.FromMinutes(30) },
            new ApiCredentials(key, secret), clock, _log, _http);

        (await client.GetTickerAsync(Btc, default)).IsSuccess.Should().BeTrue();
        venue.RequestsTo("GET", timePath).Should().BeEmpty("public requests carry no timestamp");
        (await client.GetOpenOrdersAsync(Btc, default)).IsSuccess.Should().BeTrue();
        (await client.GetOpenOrdersAsync(Btc, default)).IsSuccess.Should().BeTrue();
        venue.RequestsTo("GET", timePath).Should().ContainSingle("measured once, before the first signed request");
        clock.Advance(TimeSpan.FromMinutes(31));
        (await client.GetOpenOrdersAsync(Btc, default)).IsSuccess.Should().BeTrue();

        venue.RequestsTo("GET", timePath).Should().HaveCount(2, "measured again once the offset was 30 minutes old");
        venue.Requests[0].Path.Should().NotBe(timePath);
    }

    [Fact]
    public async Task Binance_WrongSecret_AuthErrorAndSecretNeverLogged()
    {
        await using var venue = await FakeBinance.StartAsync();
        const string secret = "wrong-secret-must-never-be-logged-0123456789";
        var client = Client(venue, Venue.Binance, MarketType.Spot, venue.Options.ApiKey, secret);

        var result = await client.GetOpenOrdersAsync(Btc, default);

        result.Error!.Kind.Should().Be(ErrorKind.Auth);
        result.Error.Message.Should().NotContain(secret);
        _log.Lines.Should().NotBeEmpty().And.OnlyContain(l => !l.Contains(secret, StringComparison.Ordinal) && !l.Contains("signature=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task Bybit_PlaceFillQuery_RoundTrip(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync();
        var client = Client(venue, Venue.Bybit, market, venue.Options.ApiKey, venue.Options.ApiSecret);

        (await client.GetRulesAsync(Btc, default)).IsSuccess.Should().BeTrue();
        var placedAtMs = venue.NowMs;
        var placed = await client.PlaceOrderAsync(Limit("g-3-b1", OrderSide.Buy, 59_000m, 0.002m), default);
        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        venue.Trade(59_000m);

        // A cursor from before the order, as the bot keeps one: execution/list is read in 7-day windows from it.
        var fills = await client.GetFillsSinceAsync(Btc, placedAtMs, default);
        fills.IsSuccess.Should().BeTrue(fills.Error?.ToString());
        fills.Value.Should().ContainSingle().Which.ClientOrderId.Should().Be("g-3-b1");
        var dup = await client.PlaceOrderAsync(Limit("g-3-b1", OrderSide.Buy, 59_000m, 0.002m), default);
        dup.Error!.Kind.Should().Be(ErrorKind.DuplicateClientOrderId);
    }

    [Fact]
    public async Task Bybit_WrongSecret_AuthErrorAndSecretNeverLogged()
    {
        await using var venue = await FakeBybit.StartAsync();
        const string secret = "bybit-wrong-secret-never-logged-987654321";
        var client = Client(venue, Venue.Bybit, MarketType.Spot, venue.Options.ApiKey, secret);

        var result = await client.GetOpenOrdersAsync(Btc, default);

        result.Error!.Kind.Should().Be(ErrorKind.Auth);
        _log.Lines.Should().OnlyContain(l => !l.Contains(secret, StringComparison.Ordinal));
    }
}
