using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// The market's state through the real clients on all four markets. Klines: Binance sends them oldest first, Bybit
/// newest first (strings); both end with the bar still forming, which the clients leave out so the heuristic and
/// indicators see closed bars only. Status: a symbol that is not trading gets no order, and gets them again once it is.
/// </summary>
public sealed class MarketStateClientTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    public static TheoryData<Venue, MarketType> Markets => new()
    {
        { Venue.Binance, MarketType.Spot }, { Venue.Binance, MarketType.Perp }, { Venue.Bybit, MarketType.Spot }, { Venue.Bybit, MarketType.Perp },
    };

    [Theory]
    [MemberData(nameof(Markets))]
    public async Task GetKlines_LastBarStillForming_LeftOut(Venue which, MarketType market)
    {
        await using var fake = await StartAsync(which);
        var clock = (FakeVenueClock)fake.Host.Clock;
        var formingOpen = clock.NowMs / 900_000 * 900_000; // the current 15m bar opened at most 15 minutes ago
        fake.Bars.Add(Quarter, Series(formingOpen - (4 * 900_000), 5));

        var bars = (await fake.Client(market).GetKlinesAsync(Btc, "15m", null, 200, default)).Value;

        bars.Select(b => b.OpenTimeMs).Should().Equal(Enumerable.Range(0, 4).Select(i => formingOpen - ((4 - i) * 900_000L)), "oldest first, the forming bar left out");
        bars[^1].Close.Should().Be(100m + 3m);
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public async Task GetKlines_LastBarJustClosed_Kept(Venue which, MarketType market)
    {
        await using var fake = await StartAsync(which);
        var clock = (FakeVenueClock)fake.Host.Clock;
        var boundary = clock.NowMs / 900_000 * 900_000;
        clock.SetMs(boundary); // the last bar below closed this very millisecond
        fake.Bars.Add(Quarter, Series(boundary - (3 * 900_000), 3));

        var bars = (await fake.Client(market).GetKlinesAsync(Btc, "15m", null, 200, default)).Value;

        bars.Should().HaveCount(3);
        bars[^1].OpenTimeMs.Should().Be(boundary - 900_000);
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public async Task GetKlines_WithStart_TheFirstBarsFromTheStartOnBothVenues(Venue which, MarketType market)
    {
        await using var fake = await StartAsync(which);
        var clock = (FakeVenueClock)fake.Host.Clock;
        var first = (clock.NowMs / 900_000 * 900_000) - (50 * 900_000);
        fake.Bars.Add(Quarter, Series(first, 50));

        var bars = (await fake.Client(market).GetKlinesAsync(Btc, "15m", first + (10 * 900_000), 5, default)).Value;

        bars.Select(b => b.OpenTimeMs).Should().Equal(Enumerable.Range(10, 5).Select(i => first + (i * 900_000L)), "the page starts at the start (Bybit is asked for an end too)");
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public async Task KlinePages_ARangeOfThreePagesWithAHole_EveryClosedBarInRangeOnceAndNothingBeforeTheListing(Venue which, MarketType market)
    {
        await using var fake = await StartAsync(which);
        var clock = (FakeVenueClock)fake.Host.Clock;
        var now = clock.NowMs / 60_000 * 60_000;
        var listed = now - (2_500 * 60_000L);
        var bars = Series(listed, 2_500, 60_000).Where((_, i) => i is < 700 or >= 760).ToList(); // an hour the venue was down
        fake.Bars.Add(TimeSpan.FromMinutes(1), [.. bars, new Bar(now, 1m, 1m, 1m, 1m, 1m)]); // and the bar forming now
        var history = (GridBot.Exchanges.Clients.IKlineHistory)fake.Client(market);
        var fromMs = listed - (10_000 * 60_000L); // long before the listing
        var pages = new List<IReadOnlyList<Bar>>();

        await foreach (var page in history.KlinePagesAsync(Btc, "1m", fromMs, now + 60_000, default))
        {
            pages.Add(page.Value);
        }

        var all = pages.SelectMany(p => p).OrderBy(b => b.OpenTimeMs).ToList();
        all.Select(b => b.OpenTimeMs).Should().Equal(bars.Select(b => b.OpenTimeMs), "each closed bar once; the forming one left out");
        pages.Should().HaveCount(3).And.OnlyContain(p => p.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public async Task PlaceOrder_SymbolNotTrading_RefusedUntilTradingResumes(Venue which, MarketType market)
    {
        await using var fake = await StartAsync(which);
        var halted = which == Venue.Binance ? "BREAK" : "Closed";
        fake.Market(market).HaltedStatus = halted;
        var client = fake.Client(market);
        var orderPath = OrderPath(which, market);

        var refused = await client.PlaceOrderAsync(new OrderRequest(Btc, "h-1-b1", OrderSide.Buy, OrderType.Limit, 0.002m, 59_000m), default);
        fake.Market(market).HaltedStatus = null;
        var placed = await client.PlaceOrderAsync(new OrderRequest(Btc, "h-1-b2", OrderSide.Buy, OrderType.Limit, 0.002m, 59_000m), default);

        refused.Error!.Kind.Should().Be(ErrorKind.FilterFailure);
        refused.Error.Message.Should().Contain(halted).And.Contain("not trading");
        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        fake.Host.RequestsTo("POST", orderPath).Should().ContainSingle("the order for a halted symbol was never sent");
    }

    private static IEnumerable<Bar> Series(long firstOpenMs, int count, long stepMs = 900_000L) =>
        Enumerable.Range(0, count).Select(i => new Bar(firstOpenMs + (i * stepMs), 100m + i, 101m + i, 99m + i, 100m + i, 10m));

    private async Task<Fake> StartAsync(Venue which) => which == Venue.Binance
        ? new Fake(await FakeBinance.StartAsync(), this)
        : new Fake(await FakeBybit.StartAsync(), this);

    private sealed class Fake(FakeVenueHost host, MarketStateClientTests test) : IAsyncDisposable
    {
        public FakeVenueHost Host => host;

        public FakeBars Bars => host is FakeBinance b ? b.Bars : ((FakeBybit)host).Bars;

        public FakeMarket Market(MarketType market) => host is FakeBinance b ? MarketOf(b, market) : MarketOf((FakeBybit)host, market);

        public IExchange Client(MarketType market) => host is FakeBinance b
            ? BinanceClient(b, market, test._http)
            : BybitClient((FakeBybit)host, market, test._http);

        public ValueTask DisposeAsync() => host.DisposeAsync();
    }
}
