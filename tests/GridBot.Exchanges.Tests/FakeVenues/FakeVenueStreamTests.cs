using System.Globalization;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Streaming;
using GridBot.Exchanges.Tests.Clients;
using GridBot.Exchanges.Tests.Streaming;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>
/// The real user-stream clients (BinanceUserStream, BybitPrivateStream) end to end against the fake venues' WebSockets,
/// with orders placed by the real REST clients and filled by <see cref="FakeMarket.Trade"/>.
/// </summary>
public sealed class FakeVenueStreamTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    /// <summary>Real time (the venue clock only fixes "now"): reconnects after 20 ms instead of 1 s.</summary>
    private static readonly StreamConnectionOptions Fast = new()
    {
        InitialBackoff = TimeSpan.FromMilliseconds(20),
        MaxBackoff = TimeSpan.FromMilliseconds(100),
        JitterFraction = 0,
    };

    private readonly HttpClient _http = new();
    private readonly CapturingLogger _log = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task BinanceUserStream_RestingOrderFilledByTrade_ReportsNewFilledAndTheFill()
    {
        await using var venue = await FakeBinance.StartAsync();
        await using var stream = BinanceStream(venue, venue.Options.ApiSecret);
        var (orders, fills, _) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await venue.WaitForSubscriptionsAsync(1, Wait);

        (await Rest(venue, Venue.Binance, MarketType.Spot).PlaceOrderAsync(Limit("g-1-b1", OrderSide.Buy, 59_000m, 0.002m), default)).IsSuccess.Should().BeTrue();
        venue.Trade(59_000m);

        var trade = venue.Spot.Fills.Single();
        (await fills.WaitForAsync(1, Wait)).Single().Should().Be(new ExchangeFill(
            Btc, Id(trade.TradeId), "g-1-b1", Id(trade.OrderId), OrderSide.Buy, 59_000m, 0.002m, new CashAmount(0.000002m, "BTC"), true, trade.TimeMs));
        (await orders.WaitForAsync(2, Wait)).Select(o => (o.ClientOrderId, o.Status, o.FilledQuantity)).Should().Equal(
            ("g-1-b1", OrderStatus.New, 0m), ("g-1-b1", OrderStatus.Filled, 0.002m));
    }

    [Fact]
    public async Task BinanceUserStream_MarketableOrder_FillsAtTheTouchAsTaker()
    {
        await using var venue = await FakeBinance.StartAsync();
        await using var stream = BinanceStream(venue, venue.Options.ApiSecret);
        var (_, fills, _) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await venue.WaitForSubscriptionsAsync(1, Wait);

        (await Rest(venue, Venue.Binance, MarketType.Spot).PlaceOrderAsync(Limit("g-1-s1", OrderSide.Sell, 59_500m, 0.001m), default)).IsSuccess.Should().BeTrue();

        var fill = (await fills.WaitForAsync(1, Wait)).Single();
        fill.Should().BeEquivalentTo(new { ClientOrderId = "g-1-s1", Price = 59_999.99m, Quantity = 0.001m, IsMaker = false });
        fill.Fee.Should().Be(new CashAmount(0.05999999m, "USDT"), "a sell pays 0.1 % of the quote received");
        fill.TradeId.Should().Be(Id(venue.Spot.Fills.Single().TradeId));
    }

    [Fact]
    public async Task BinanceUserStream_CancelByRest_ReportsTheOriginalClientOrderId()
    {
        await using var venue = await FakeBinance.StartAsync();
        await using var stream = BinanceStream(venue, venue.Options.ApiSecret);
        var (orders, _, _) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await venue.WaitForSubscriptionsAsync(1, Wait);
        var rest = Rest(venue, Venue.Binance, MarketType.Spot);

        (await rest.PlaceOrderAsync(Limit("g-2-b1", OrderSide.Buy, 58_000m), default)).IsSuccess.Should().BeTrue();
        (await rest.CancelOrderAsync(Btc, "g-2-b1", default)).IsSuccess.Should().BeTrue();

        (await orders.WaitForAsync(2, Wait)).Select(o => (o.ClientOrderId, o.Status)).Should().Equal(
            ("g-2-b1", OrderStatus.New), ("g-2-b1", OrderStatus.Canceled));
    }

    [Fact]
    public async Task BinanceUserStream_WrongSecret_RejectedAndRetriedWithoutEvents()
    {
        await using var venue = await FakeBinance.StartAsync();
        await using var stream = BinanceStream(venue, "not-the-secret");
        var (orders, fills, _) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => venue.SubscribeAttempts >= 2, "a second subscribe attempt");

        PlaceResting(venue.Spot, "g-3-b1", 59_000m);
        venue.Trade(59_000m);
        var attempts = venue.SubscribeAttempts;
        await WaitUntilAsync(() => venue.SubscribeAttempts > attempts + 1, "more attempts after the fill");

        venue.SubscriptionCount.Should().Be(0);
        venue.SocketConnectionCount.Should().BeGreaterThan(2, "every rejection drops the connection and the client reconnects");
        orders.Count.Should().Be(0);
        fills.Count.Should().Be(0);
    }

    [Fact]
    public async Task BinanceUserStream_ConnectionsDropped_ReconnectsResyncsAndGetsLaterFills()
    {
        await using var venue = await FakeBinance.StartAsync();
        await using var stream = BinanceStream(venue, venue.Options.ApiSecret);
        var (orders, fills, resynced) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await venue.WaitForSubscriptionsAsync(1, Wait);
        await MarkerAsync(venue.Spot, orders, "g-4-seen");

        venue.DropUserStreams().Should().Be(1);
        await resynced.WaitForAsync(1, Wait);
        PlaceResting(venue.Spot, "g-4-b1", 59_000m);
        venue.Trade(59_000m);

        (await fills.WaitForAsync(1, Wait)).Single().ClientOrderId.Should().Be("g-4-b1");
        venue.SocketConnectionCount.Should().Be(2);
        venue.SubscriptionCount.Should().Be(1);
    }

    [Fact]
    public async Task BinanceUserStream_ManyPartialFills_EachPushedExactlyOnce()
    {
        await using var venue = await FakeBinance.StartAsync();
        await using var stream = BinanceStream(venue, venue.Options.ApiSecret);
        var (orders, fills, _) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await venue.WaitForSubscriptionsAsync(1, Wait);

        PlaceResting(venue.Spot, "g-5-b1", 59_000m, 0.004m);
        PlaceResting(venue.Spot, "g-5-b2", 58_990m, 0.004m);
        foreach (var _ in Enumerable.Range(0, 4))
        {
            venue.Trade(58_990m, 0.002m);
        }

        await MarkerAsync(venue.Spot, orders, "g-5-marker");
        fills.Items.Select(f => f.TradeId).Should().Equal(venue.Spot.Fills.Select(f => Id(f.TradeId)), "one push per fill, in order");
        fills.Items.Sum(f => f.Quantity).Should().Be(0.008m);
    }

    [Theory]
    [InlineData(MarketType.Spot, "0.00001", "BTC")]
    [InlineData(MarketType.Perp, "0.118", "USDT")]
    public async Task BybitPrivateStream_RestingOrderFilledByTrade_ReportsNewFilledAndTheFill(MarketType market, string fee, string feeAsset)
    {
        await using var venue = await FakeBybit.StartAsync();
        await using var stream = BybitStream(venue, venue.Options.ApiSecret, venue.Clock);
        var (orders, fills, _) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await venue.WaitForSubscriptionsAsync(2, Wait);

        (await Rest(venue, Venue.Bybit, market).PlaceOrderAsync(Limit("g-6-b1", OrderSide.Buy, 59_000m, 0.01m), default)).IsSuccess.Should().BeTrue();
        venue.Trade(59_000m);

        var trade = (market == MarketType.Spot ? venue.Spot : venue.Linear).Fills.Single();
        (await fills.WaitForAsync(1, Wait)).Single().Should().Be(new ExchangeFill(
            Btc, Id(trade.TradeId), "g-6-b1", Id(trade.OrderId), OrderSide.Buy, 59_000m, 0.01m,
            new CashAmount(decimal.Parse(fee, CultureInfo.InvariantCulture), feeAsset), true, trade.TimeMs));
        (await orders.WaitForAsync(2, Wait)).Select(o => (o.ClientOrderId, o.Status, o.FilledQuantity)).Should().Equal(
            ("g-6-b1", OrderStatus.New, 0m), ("g-6-b1", OrderStatus.Filled, 0.01m));
    }

    [Fact]
    public async Task BybitPrivateStream_WrongSecret_AuthRejectedAndRetriedWithoutEvents()
    {
        await using var venue = await FakeBybit.StartAsync();
        await using var stream = BybitStream(venue, "not-the-secret", venue.Clock);
        var (orders, fills, _) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => venue.SubscribeAttempts >= 2, "a second subscribe attempt");

        PlaceResting(venue.Linear, "g-7-b1", 59_000m);
        venue.Trade(59_000m);
        var attempts = venue.SubscribeAttempts;
        await WaitUntilAsync(() => venue.SubscribeAttempts > attempts + 1, "more attempts after the fill");

        venue.SubscriptionCount.Should().Be(0);
        orders.Count.Should().Be(0);
        fills.Count.Should().Be(0);
    }

    [Fact]
    public async Task BybitPrivateStream_ClockBehindByMoreThanTheExpiry_AuthRejected()
    {
        await using var venue = await FakeBybit.StartAsync();
        var lagging = new FakeVenueClock(venue.NowMs - BybitPrivateStream.AuthExpiryMs - 1);
        await using var stream = BybitStream(venue, venue.Options.ApiSecret, lagging);
        await stream.StartAsync(CancellationToken.None);

        await WaitUntilAsync(() => venue.SocketConnectionCount >= 3, "reconnects after rejected auth");

        venue.SubscriptionCount.Should().Be(0);
        lagging.SetMs(venue.NowMs);
        await venue.WaitForSubscriptionsAsync(2, Wait);
    }

    [Fact]
    public async Task BybitPrivateStream_ConnectionsDropped_ReconnectsResyncsAndGetsLaterFills()
    {
        await using var venue = await FakeBybit.StartAsync();
        await using var stream = BybitStream(venue, venue.Options.ApiSecret, venue.Clock);
        var (orders, fills, resynced) = UserStreamEvents.Observe(stream);
        await stream.StartAsync(CancellationToken.None);
        await venue.WaitForSubscriptionsAsync(2, Wait);

        await MarkerAsync(venue.Linear, orders, "g-8-seen");

        venue.DropUserStreams().Should().Be(1);
        await resynced.WaitForAsync(1, Wait);
        await venue.WaitForSubscriptionsAsync(2, Wait);
        PlaceResting(venue.Linear, "g-8-b1", 59_000m, 0.004m);
        PlaceResting(venue.Spot, "g-8-b2", 59_000m, 0.004m);
        venue.Trade(59_000m, 0.003m);

        await MarkerAsync(venue.Linear, orders, "g-8-marker");
        fills.Items.Select(f => (f.ClientOrderId, f.Quantity)).Should().BeEquivalentTo(new[] { ("g-8-b1", 0.003m), ("g-8-b2", 0.003m) });
        venue.SocketConnectionCount.Should().Be(2);
        resynced.Count.Should().Be(1);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static OrderRequest Limit(string id, OrderSide side, decimal price, decimal qty = 0.001m) =>
        new(Btc, id, side, OrderType.Limit, qty, price);

    private static void PlaceResting(FakeMarket market, string clientId, decimal price, decimal qty = 0.002m) =>
        market.Place(new FakeOrderRequest(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, qty, price, clientId)).Order.Should().NotBeNull();

    /// <summary>
    /// Places and cancels one more order and waits for its cancel: a connection delivers in order, so every push made
    /// before it (and the subscription ack) has arrived by then and the counts can be checked without sleeping.
    /// </summary>
    private static async Task MarkerAsync(FakeMarket market, EventLog<ExchangeOrder> orders, string clientId)
    {
        var (order, _) = market.Place(new FakeOrderRequest(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, 0.001m, 50_000m, clientId));
        market.Cancel(order!).Should().BeTrue();
        await WaitUntilAsync(() => orders.Items.Any(o => o.ClientOrderId == clientId && o.Status == OrderStatus.Canceled), "the marker's cancel");
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("timed out waiting for " + what);
            }

            await Task.Delay(5);
        }
    }

    private static BinanceUserStream BinanceStream(FakeBinance venue, string secret) =>
        new(venue.SpotUserStreamUrl, new ApiCredentials(venue.Options.ApiKey, secret), venue.Clock, Fast);

    private static BybitPrivateStream BybitStream(FakeBybit venue, string secret, TimeProvider clock) =>
        new(venue.PrivateStreamUrl, new ApiCredentials(venue.Options.ApiKey, secret), clock, Fast);


    private IExchange Rest(FakeVenueHost venue, Venue which, MarketType market) =>
        VenueClients.Create(which, market, new RestOptions { BaseUrl = venue.BaseUrl, Timeout = Wait },
            new ApiCredentials(which == Venue.Binance ? ((FakeBinance)venue).Options.ApiKey : ((FakeBybit)venue).Options.ApiKey,
                which == Venue.Binance ? ((FakeBinance)venue).Options.ApiSecret : ((FakeBybit)venue).Options.ApiSecret),
            venue.Clock, _log, _http);
}
