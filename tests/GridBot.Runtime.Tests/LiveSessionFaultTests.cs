using GridBot.Core.Bots;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Storage.Sqlite;
using GridBot.Testing.FakeVenues;
using GridBot.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Runtime.Tests;

/// <summary>
/// The whole live path — runtime, real client, fake venue — while order placements fail in every way whose outcome
/// is unknown (5xx after the venue accepted, no answer after it accepted, an unreadable answer) or known (5xx before).
/// The bot must end with exactly the orders it believes it has: each one at the venue once, none lost, none doubled.
/// </summary>
public sealed class LiveSessionFaultTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-faults-").FullName;
    private readonly HttpClient _http = new();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Binance, MarketType.Perp)]
    [InlineData(Venue.Bybit, MarketType.Spot)]
    [InlineData(Venue.Bybit, MarketType.Perp)]
    public async Task PlacementFaults_ReconciledByClientId_EveryOrderAtTheVenueExactlyOnce(Venue venue, MarketType market)
    {
        var (host, fakeMarket, credentials) = await StartAsync(venue, market);
        await using var _ = host;
        var orderPath = venue == Venue.Bybit ? "/v5/order/create" : market == MarketType.Spot ? "/api/v3/order" : "/fapi/v1/order";
        host.Faults
            .Add("POST", orderPath, Fault.ServerErrorAfterAccept())
            .Add("POST", orderPath, Fault.Timeout(TimeSpan.FromSeconds(5), afterAccept: true))
            .Add("POST", orderPath, Fault.MalformedJson())
            .Add("POST", orderPath, Fault.ServerErrorBefore());
        var client = VenueClients.Create(venue, market, new RestOptions { BaseUrl = host.BaseUrl, Timeout = TimeSpan.FromSeconds(1) }, credentials,
            TimeProvider.System, NullLogger.Instance, _http);
        // The rules come through a patient client: a 1 s timeout on the very first request (connection, JIT) can expire
        // on a loaded machine, and this test is about the placements, not the first read.
        var rulesClient = VenueClients.Create(venue, market, new RestOptions { BaseUrl = host.BaseUrl }, credentials, TimeProvider.System, NullLogger.Instance, _http);
        var rules = await rulesClient.GetRulesAsync(FakeBinanceOptions.BtcUsdt, default);
        rules.IsSuccess.Should().BeTrue(rules.Error?.ToString());
        var config = new BotConfig("faulty", venue, market, rules.Value, new GridSpec(59_000m, 61_000m, 5, GridSpacing.Arithmetic, LevelSizing.Quote(1_000m)),
            5_000m, FeeSchedule.FromBps(10m, 10m), RuntimeHarness.NoLimits);
        using var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(_dir, "bots.db") }, TimeProvider.System, default);
        await using var runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, _ => client, new ConsoleNotifier(null), TimeProvider.System);

        var final = await new LiveSession(runtime, client, null, TimeProvider.System, TimeSpan.FromSeconds(1)).RunAsync(config, 4, null, default);

        host.Faults.Pending.Should().Be(0, "every fault was met");
        fakeMarket.Orders.GroupBy(o => o.ClientOrderId).Should().OnlyContain(g => g.Count() == 1, "no client order id was placed twice");
        final.Status.Should().Be(BotStatus.Running, final.StatusReason);
        final.Intents.Should().OnlyContain(i => i.Status == IntentStatus.Open, "every unknown outcome was reconciled");
        fakeMarket.OpenOrders.Select(o => o.ClientOrderId).Should().BeEquivalentTo(final.Intents.Select(i => i.ClientOrderId),
            "the venue holds exactly the orders the bot believes it has");
        final.Intents.Should().HaveCountGreaterThanOrEqualTo(4);
    }

    private static async Task<(FakeVenueHost Host, FakeMarket Market, ApiCredentials Credentials)> StartAsync(Venue venue, MarketType market)
    {
        if (venue == Venue.Binance)
        {
            var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
            return (binance, market == MarketType.Spot ? binance.Spot : binance.Futures, new ApiCredentials(binance.Options.ApiKey, binance.Options.ApiSecret));
        }

        var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System });
        return (bybit, market == MarketType.Spot ? bybit.Spot : bybit.Linear, new ApiCredentials(bybit.Options.ApiKey, bybit.Options.ApiSecret));
    }
}
