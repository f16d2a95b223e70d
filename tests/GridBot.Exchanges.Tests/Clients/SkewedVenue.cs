using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Testing.FakeVenues;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// A fake venue whose clock runs <c>offset</c> ahead of the host's (negative: behind), with the real client on the host's
/// clock. The host clock is virtual (<see cref="FakeVenueClock.AdvancesOnWait"/>): a client that backs off moves it by
/// exactly its wait and takes no real time, so the venue's arrival times (<see cref="RecordedRequest.TimeMs"/>, venue
/// time) measure every wait exactly, on a loaded machine too.
/// </summary>
internal sealed class SkewedVenue : IAsyncDisposable
{
    public static readonly Symbol Btc = new("BTC", "USDT");

    private static readonly Dictionary<string, decimal> Rich = new() { ["USDT"] = 1_000_000m, ["BTC"] = 10m };

    private readonly HttpClient _http = new();
    private readonly SkewSetup _setup;

    private SkewedVenue(FakeVenueHost host, FakeMarket market, Venue venue, MarketType marketType, SkewSetup setup)
    {
        Host = host;
        Market = market;
        Venue = venue;
        MarketType = marketType;
        _setup = setup;
        Client = NewClient();
    }

    public static TheoryData<Venue, MarketType> Markets => new()
    {
        { Venue.Binance, MarketType.Spot }, { Venue.Binance, MarketType.Perp }, { Venue.Bybit, MarketType.Spot }, { Venue.Bybit, MarketType.Perp },
    };

    public FakeVenueHost Host { get; }

    public IExchange Client { get; }

    public FakeMarket Market { get; }

    public Venue Venue { get; }

    public MarketType MarketType { get; }

    /// <summary>The host's (virtual) clock; the venue's is this plus the offset.</summary>
    public FakeVenueClock HostClock => Host.ManualClock!;

    public string CreatePath => Venue == Venue.Bybit ? "/v5/order/create" : MarketType == MarketType.Spot ? "/api/v3/order" : "/fapi/v1/order";

    public string OpenOrdersPath => Venue == Venue.Bybit ? "/v5/order/realtime" : MarketType == MarketType.Spot ? "/api/v3/openOrders" : "/fapi/v1/openOrders";

    public string HistoryPath => Venue == Venue.Bybit ? "/v5/order/history" : MarketType == MarketType.Spot ? "/api/v3/allOrders" : "/fapi/v1/allOrders";

    public string TradesPath => Venue == Venue.Bybit ? "/v5/execution/list" : MarketType == MarketType.Spot ? "/api/v3/myTrades" : "/fapi/v1/userTrades";

    /// <summary>How the venue says "rate limited": Binance HTTP 429, Bybit retCode 10006.</summary>
    public Func<RecordedRequest, bool> IsRateLimitRefusal => Venue == Venue.Bybit ? r => r.VenueCode == 10006 : r => r.StatusCode == 429;

    public static async Task<SkewedVenue> StartAsync(Venue venue, MarketType market, TimeSpan offset, SkewSetup? setup = null)
    {
        setup ??= new SkewSetup();
        var clock = new FakeVenueClock { AdvancesOnWait = true };
        if (venue == Venue.Binance)
        {
            var binance = await FakeBinance.StartAsync(new FakeBinanceOptions
            {
                Clock = clock, ClockOffset = offset, SpotBalances = Rich, FuturesWalletUsdt = 1_000_000m, RefuseDuringBackoff = setup.Strict,
                UsageHeadersOnFaults = !setup.Strict, PageSize = setup.VenuePageSize, OrdersPer10Seconds = setup.BinanceOrdersPer10Seconds,
            });
            return new SkewedVenue(binance, market == MarketType.Spot ? binance.Spot : binance.Futures, venue, market, setup);
        }

        var bybit = await FakeBybit.StartAsync(new FakeBybitOptions
        {
            Clock = clock, ClockOffset = offset, SpotBalances = Rich, LinearWalletUsdt = 1_000_000m, RefuseDuringBackoff = setup.Strict,
            UsageHeadersOnFaults = !setup.Strict, PageSize = setup.VenuePageSize, EndpointLimits = setup.BybitEndpointLimits,
        });
        return new SkewedVenue(bybit, market == MarketType.Spot ? bybit.Spot : bybit.Linear, venue, market, setup);
    }

    /// <summary>Another real client on the same host clock, with no clock measured yet.</summary>
    public IExchange NewClient()
    {
        var (key, secret) = Host switch
        {
            FakeBinance b => (b.Options.ApiKey, b.Options.ApiSecret),
            _ => (((FakeBybit)Host).Options.ApiKey, ((FakeBybit)Host).Options.ApiSecret),
        };
        var options = new RestOptions { BaseUrl = Host.BaseUrl, Timeout = TimeSpan.FromSeconds(15), PageSize = _setup.ClientPageSize };
        return VenueClients.Create(Venue, MarketType, options, new ApiCredentials(key, secret), Host.HostClock, NullLogger.Instance, _http);
    }

    /// <summary>Loads the rules and balances (which measures the venue's clock); returns how many requests that took.</summary>
    public async Task<int> WarmUpAsync()
    {
        (await Client.GetRulesAsync(Btc, default)).IsSuccess.Should().BeTrue();
        (await Client.GetBalancesAsync(default)).IsSuccess.Should().BeTrue();
        return Host.Requests.Count;
    }

    public static OrderRequest Buy(string clientOrderId, decimal price = 59_000m, decimal quantity = 0.002m) =>
        new(Btc, clientOrderId, OrderSide.Buy, OrderType.Limit, quantity, price);

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Host.DisposeAsync();
    }
}
