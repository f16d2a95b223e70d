using System.Globalization;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// A fake venue and market with the real client on it, funded for thousands of fills, for fill-read tests: fills are made
/// by one resting buy at 59 000 and trades of 0.001 against it, at the venue's manual clock.
/// </summary>
internal sealed class FillVenue : IAsyncDisposable
{
    public static readonly Symbol Btc = new("BTC", "USDT");

    private static readonly Dictionary<string, decimal> Rich = new() { ["USDT"] = 1_000_000m, ["BTC"] = 1m };

    private readonly HttpClient _http;

    private FillVenue(FakeVenueHost host, IExchange client, FakeMarket market, Venue venue, MarketType marketType, HttpClient http)
    {
        Host = host;
        Client = client;
        Market = market;
        Venue = venue;
        MarketType = marketType;
        _http = http;
    }

    public FakeVenueHost Host { get; }

    public IExchange Client { get; }

    public FakeMarket Market { get; }

    public Venue Venue { get; }

    public MarketType MarketType { get; }

    public FakeVenueClock Clock => Host.ManualClock!;

    /// <summary>The longest range between startTime and endTime the venue accepts: 24 h on Binance spot, else 7 days.</summary>
    public long MaxRangeMs => Venue == Venue.Binance && MarketType == MarketType.Spot ? 86_400_000L : 7 * 86_400_000L;

    public string TradesPath => Venue == Venue.Bybit ? "/v5/execution/list" : MarketType == MarketType.Spot ? "/api/v3/myTrades" : "/fapi/v1/userTrades";

    public IReadOnlyList<RecordedRequest> TradeRequests => Host.RequestsTo("GET", TradesPath);

    /// <param name="bybitRequestsPerSecond">The fake's per-endpoint limit; Bybit's own for execution/list is 50/s.</param>
    public static async Task<FillVenue> StartAsync(Venue venue, MarketType market, int bybitRequestsPerSecond = 50)
    {
        var http = new HttpClient();
        if (venue == Venue.Binance)
        {
            var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { SpotBalances = Rich, FuturesWalletUsdt = 1_000_000m });
            return new FillVenue(binance, BinanceClient(binance, market, http), MarketOf(binance, market), venue, market, http);
        }

        var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { SpotBalances = Rich, LinearWalletUsdt = 1_000_000m, RequestsPerSecond = bybitRequestsPerSecond });
        return new FillVenue(bybit, BybitClient(bybit, market, http), MarketOf(bybit, market), venue, market, http);
    }

    /// <summary>Rests a buy for <paramref name="fills"/> fills of 0.001.</summary>
    public async Task RestBuyAsync(string clientOrderId, int fills)
    {
        var placed = await Client.PlaceOrderAsync(new OrderRequest(Btc, clientOrderId, OrderSide.Buy, OrderType.Limit, fills * 0.001m, 59_000m), default);
        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
    }

    /// <summary><paramref name="count"/> fills, the clock moving 1 ms after every <paramref name="perMs"/> of them.</summary>
    public void Fill(int count, int perMs = 1)
    {
        for (var i = 0; i < count; i++)
        {
            Market.Trade(59_000m, 0.001m).Should().ContainSingle();
            if ((i + 1) % perMs == 0)
            {
                Clock.Advance(TimeSpan.FromMilliseconds(1));
            }
        }
    }

    /// <summary>Every request named a start and an end no further apart than the venue allows (none relied on a default window).</summary>
    public void AssertRangesAllowed()
    {
        foreach (var request in TradeRequests.Where(r => r.Param("fromId") is null))
        {
            var start = long.Parse(request.Param("startTime")!, CultureInfo.InvariantCulture);
            var end = long.Parse(request.Param("endTime")!, CultureInfo.InvariantCulture);
            (end - start).Should().BeInRange(0, MaxRangeMs, request.Query);
        }

        TradeRequests.Should().OnlyContain(r => r.VenueCode == null || r.VenueCode == 0);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Host.DisposeAsync();
    }
}
