using GridBot.Core.Bots;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Streaming;
using GridBot.Storage.Sqlite;
using GridBot.Testing.FakeVenues;
using GridBot.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Runtime.Tests;

/// <summary>
/// The live session against a fake venue with a tick interval of an hour: after the first tick, everything the bot
/// learns comes from the user stream. A fill pushed by the venue is read into the ledger at once, and a fill made while
/// the stream is down is caught up by REST when it reconnects; nothing is counted twice.
/// </summary>
public sealed class LiveSessionStreamTests : IAsyncDisposable
{
    private const string BotId = "streamed";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-session-").FullName;
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
    public async Task Stream_FillsBetweenTicks_ReadAtOnce_AndCaughtUpAfterAReconnect(Venue venue, MarketType market)
    {
        await using var fake = await Fake.StartAsync(venue, market);
        var client = VenueClients.Create(venue, market, new RestOptions { BaseUrl = fake.Host.BaseUrl }, fake.Credentials, TimeProvider.System,
            NullLogger.Instance, _http);
        var rules = (await client.GetRulesAsync(FakeBinanceOptions.BtcUsdt, default)).Value;
        var config = new BotConfig(BotId, venue, market, rules, new GridSpec(59_000m, 61_000m, 5, GridSpacing.Arithmetic, LevelSizing.Quote(1_000m)),
            5_000m, FeeSchedule.FromBps(10m, 10m), RuntimeHarness.NoLimits);
        using var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(_dir, "bots.db") }, TimeProvider.System, default);
        await using var runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, _ => client, new ConsoleNotifier(null), TimeProvider.System);
        await using var stream = VenueStreams.CreateUserStream(client, fake.Host.BaseUrl, fake.Credentials, rules.Symbol, TimeProvider.System, NullLogger.Instance,
            new StreamConnectionOptions { InitialBackoff = TimeSpan.FromMilliseconds(200), MaxBackoff = TimeSpan.FromSeconds(1) });
        var session = new LiveSession(runtime, client, null, TimeProvider.System, TimeSpan.FromHours(1)) { UserEvents = stream };
        using var stop = new CancellationTokenSource();
        var ticks = 0;
        var running = session.RunAsync(config, null, _ => Interlocked.Increment(ref ticks), stop.Token);

        await fake.Host.WaitForSubscriptionsAsync(1, Patience);
        await Until(() => fake.Market.OpenOrders.Count >= 4, running);
        fake.Market.Trade(59_400m).Should().NotBeEmpty();
        await Until(async () => await LedgerCountAsync(storage) == fake.Market.Fills.Count, running);
        await Until(() => fake.Market.OpenOrders.Any(o => o.Side == OrderSide.Sell && o.Price == 60_000m), running);

        // The stream goes down and cannot come back until the fault is lifted; a fill happens meanwhile.
        fake.Host.Faults.Add(fake.ReconnectGate.Method, fake.ReconnectGate.Path, Fault.ServerErrorBefore(503), times: 1_000);
        fake.Host.DropUserStreams();
        await Until(() => fake.Host.OpenSocketCount == 0, running);
        var pushedBefore = session.Stats.UserEvents;
        fake.Market.Trade(60_100m).Should().NotBeEmpty();
        fake.Host.Faults.Clear();
        // The ledger is written before the bot applies a fill, and a REST read woken by an earlier event may catch the
        // fill before the reconnect does: wait for all three (ledger, bot, reconnect) rather than for the first.
        await Until(async () => await LedgerCountAsync(storage) == fake.Market.Fills.Count, running);
        await Until(async () => (await runtime.GetStateAsync(BotId))!.Counters.Fills == fake.Market.Fills.Count, running);
        await Until(() => session.Stats.Resyncs >= 1, running);

        ticks.Should().Be(1, "only the first tick ran: everything after it came from the stream");
        session.Stats.UserEvents.Should().BeGreaterThan(0);
        pushedBefore.Should().BeGreaterThan(0);
        var ledger = await storage.Fills.QueryAsync(BotId, null, null, default);
        ledger.Select(f => f.TradeId).Should().OnlyHaveUniqueItems().And.HaveCount(fake.Market.Fills.Count);
        var state = await runtime.GetStateAsync(BotId);
        state!.Counters.Fills.Should().Be(fake.Market.Fills.Count, "the bot applied every fill once");
        await stop.CancelAsync();
        await running;
    }

    private static async Task<int> LedgerCountAsync(SqliteStorage storage) => await storage.Fills.CountAsync(BotId, default);

    private static Task Until(Func<bool> condition, Task running) => Until(() => Task.FromResult(condition()), running);

    private static async Task Until(Func<Task<bool>> condition, Task running)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            if (running.IsCompleted)
            {
                await running; // surfaces the session's exception
                throw new InvalidOperationException("the session ended early");
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private sealed class Fake(FakeVenueHost host, FakeMarket market, ApiCredentials credentials, (string Method, string Path) reconnectGate) : IAsyncDisposable
    {
        public FakeVenueHost Host => host;

        public FakeMarket Market => market;

        public ApiCredentials Credentials => credentials;

        /// <summary>The request a reconnect needs (the upgrade, or the listenKey on Binance futures): a fault there keeps the stream down.</summary>
        public (string Method, string Path) ReconnectGate => reconnectGate;

        public static async Task<Fake> StartAsync(Venue venue, MarketType market)
        {
            if (venue == Venue.Binance)
            {
                var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
                var credentials = new ApiCredentials(binance.Options.ApiKey, binance.Options.ApiSecret);
                return market == MarketType.Spot
                    ? new Fake(binance, binance.Spot, credentials, ("GET", "/ws-api/v3"))
                    : new Fake(binance, binance.Futures, credentials, ("POST", "/fapi/v1/listenKey"));
            }

            var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System });
            return new Fake(bybit, market == MarketType.Spot ? bybit.Spot : bybit.Linear, new ApiCredentials(bybit.Options.ApiKey, bybit.Options.ApiSecret),
                ("GET", "/v5/private"));
        }

        public ValueTask DisposeAsync() => host.DisposeAsync();
    }
}
