using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Testing.FakeVenues;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>The real venue clients pointed at a fake venue, with the fake's keys and clock.</summary>
internal static class FakeVenueClients
{
    /// <summary>Long enough for any healthy answer on a loaded machine; tests that want a timeout pass a short one.</summary>
    public static readonly TimeSpan Patient = TimeSpan.FromSeconds(15);

    /// <summary>A fault that holds the answer this long is "no answer" to a client with a short timeout.</summary>
    public static readonly TimeSpan Forever = TimeSpan.FromSeconds(60);

    public static IExchange BinanceClient(FakeBinance venue, MarketType market, HttpClient http, TimeSpan? timeout = null) =>
        Create(venue, Venue.Binance, market, venue.Options.ApiKey, venue.Options.ApiSecret, http, timeout);

    public static IExchange BybitClient(FakeBybit venue, MarketType market, HttpClient http, TimeSpan? timeout = null) =>
        Create(venue, Venue.Bybit, market, venue.Options.ApiKey, venue.Options.ApiSecret, http, timeout);

    public static string OrderPath(Venue venue, MarketType market) => venue == Venue.Bybit
        ? "/v5/order/create"
        : market == MarketType.Spot ? "/api/v3/order" : "/fapi/v1/order";

    public static FakeMarket MarketOf(FakeBinance venue, MarketType market) => market == MarketType.Spot ? venue.Spot : venue.Futures;

    public static FakeMarket MarketOf(FakeBybit venue, MarketType market) => market == MarketType.Spot ? venue.Spot : venue.Linear;

    /// <summary>
    /// Loads the rules and makes one signed read (which also measures the venue's clock), so a test about one request
    /// path sees only its own requests; returns how many requests the warm-up made.
    /// </summary>
    public static async Task<int> WarmUpAsync(FakeVenueHost venue, IExchange client)
    {
        (await client.GetRulesAsync(new Symbol("BTC", "USDT"), default)).IsSuccess.Should().BeTrue();
        (await client.GetBalancesAsync(default)).IsSuccess.Should().BeTrue();
        return venue.Requests.Count;
    }

    private static IExchange Create(FakeVenueHost venue, Venue which, MarketType market, string key, string secret, HttpClient http, TimeSpan? timeout) =>
        VenueClients.Create(which, market, new RestOptions { BaseUrl = venue.BaseUrl, Timeout = timeout ?? Patient },
            new ApiCredentials(key, secret), venue.HostClock, NullLogger.Instance, http);
}
