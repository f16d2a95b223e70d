using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Streaming;
using GridBot.Exchanges.Tests.Clients;
using Microsoft.Extensions.Logging;
using static GridBot.Exchanges.Tests.Binance.BinanceFuturesUserPayloads;
using static GridBot.Exchanges.Tests.Streaming.StreamPayloads;

namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>The USDⓈ-M listenKey stream with the real futures client against one local Kestrel serving REST and WebSocket.</summary>
public sealed class BinanceFuturesUserStreamTests : IDisposable
{
    /// <summary>For the keep-alive tests: 30 virtual minutes pass in 180 ms, so the connect timeout (40 days: 6 minutes) must be far longer.</summary>
    private static readonly StreamConnectionOptions FastClockOptions = ReconnectingWebSocketTests.Options with
    {
        ConnectTimeout = TimeSpan.FromDays(40),
        CloseTimeout = TimeSpan.FromDays(1),
    };

    private readonly HttpClient _http = new();
    private readonly ListenKeyRoutes _routes = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Start_CreatesAKeyAndConnectsToWsSlashKey()
    {
        await using var server = await StartServerAsync(_ => Task.CompletedTask);
        await using var stream = NewStream(server, new StreamTestClock(Now));

        await stream.StartAsync(CancellationToken.None);
        var connection = await server.ConnectionAsync(1);

        connection.PathAndQuery.Should().Be("/ws/key-1");
        _routes.Of("POST").Should().ContainSingle().Which.ApiKey.Should().Be(ApiKey);
    }

    [Fact]
    public async Task Events_OrderTradeUpdates_BecomeOrdersFillsAndRealisedProfit()
    {
        await using var server = await StartServerAsync(async c =>
        {
            foreach (var message in new[] { New, PartialTrade, AccountUpdate, DocumentedExample, FilledTrade })
            {
                await c.SendAsync(message);
            }
        });
        await using var stream = NewStream(server, new StreamTestClock(Now));
        var (orders, fills, resynced) = UserStreamEvents.Observe(stream);
        var profits = new EventLog<decimal>();
        stream.RealizedProfit += (_, profit) => profits.Add(profit);

        await stream.StartAsync(CancellationToken.None);

        (await orders.WaitForAsync(3)).Select(o => o.Status).Should().Equal(OrderStatus.New, OrderStatus.PartiallyFilled, OrderStatus.Filled);
        (await fills.WaitForAsync(2)).Select(f => (f.TradeId, f.Quantity, f.Fee)).Should().Equal(
            ("990001", 0.004m, new CashAmount(0.048m, "USDT")), ("990002", 0.006m, new CashAmount(0.00012m, "BNB")));
        (await profits.WaitForAsync(2)).Should().Equal(0m, 1.25m);
        resynced.Count.Should().Be(0, "the first connection is not a resync");
    }

    [Fact]
    public async Task ListenKeyExpired_ReconnectsWithAFreshKeyAndResyncsOnce()
    {
        await using var server = await StartServerAsync(async c =>
        {
            await c.SendAsync(New);
            if (c.Index == 1)
            {
                _routes.Expire();
                await c.SendAsync(ListenKeyExpired);
            }
        });
        await using var stream = NewStream(server, new StreamTestClock(Now));
        var (orders, _, resynced) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);
        await orders.WaitForAsync(1);
        var resyncedAfterFirstConnect = resynced.Count;
        await orders.WaitForAsync(2);

        resyncedAfterFirstConnect.Should().Be(0);
        resynced.Count.Should().Be(1);
        (await server.ConnectionAsync(2)).PathAndQuery.Should().Be("/ws/key-2");
        _routes.Of("POST").Should().HaveCount(2);
    }

    [Fact]
    public async Task KeepAlive_AfterThirtyMinutes_ExtendsTheKeyWithoutReconnecting()
    {
        await using var server = await StartServerAsync(_ => Task.CompletedTask);
        var clock = new StreamTestClock(Now, speed: 10_000);
        await using var stream = NewStream(server, clock, FastClockOptions);

        await stream.StartAsync(CancellationToken.None);
        await ReconnectingWebSocketTests.WaitUntilAsync(() => _routes.Of("PUT").Count >= 2);

        clock.DueTimes.Should().Contain(TimeSpan.FromMinutes(30));
        _routes.Of("PUT").Should().OnlyContain(r => r.ApiKey == ApiKey && r.Query.Length == 0);
        server.ConnectionCount.Should().Be(1);
        _routes.Of("POST").Should().ContainSingle();
    }

    [Fact]
    public async Task KeepAlive_Minus1125_ReconnectsWithANewKey()
    {
        _routes.FailKeepAlives = true;
        await using var server = await StartServerAsync(c =>
        {
            _routes.FailKeepAlives = c.Index == 1;
            return Task.CompletedTask;
        });
        await using var stream = NewStream(server, new StreamTestClock(Now, speed: 10_000), FastClockOptions);
        var (_, _, resynced) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);
        var second = await server.ConnectionAsync(2);

        second.PathAndQuery.Should().Be("/ws/key-2");
        (await server.ConnectionAsync(1)).PathAndQuery.Should().Be("/ws/key-1");
        await resynced.WaitForAsync(1);
    }

    [Fact]
    public async Task NoKey_BacksOffAndConnectsOnceTheVenueGivesOne()
    {
        _routes.FailCreatesWith = 503;
        await using var server = await StartServerAsync(_ => Task.CompletedTask);
        var clock = new StreamTestClock(Now);
        await using var stream = NewStream(server, clock);
        var (_, _, resynced) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);
        await ReconnectingWebSocketTests.WaitUntilAsync(() => _routes.Of("POST").Count >= 3);
        _routes.FailCreatesWith = null;
        var connection = await server.ConnectionAsync(1);

        connection.PathAndQuery.Should().Be("/ws/key-1");
        ReconnectingWebSocketTests.BackoffDelays(clock).Take(2).Should().Equal(1, 2);
        resynced.Count.Should().Be(0, "the first connection that opened is not a reconnect");
    }

    [Fact]
    public async Task MalformedMessages_AreSkippedWithoutDroppingTheConnection()
    {
        await using var server = await StartServerAsync(async c =>
        {
            await c.SendAsync("not json at all");
            await c.SendAsync("[1,2,3]");
            await c.SendAsync("""{"e":"ORDER_TRADE_UPDATE","E":1,"T":1,"o":{"s":"BTCUSDT"}}""");
            await c.SendAsync(New.Replace("\"X\":\"NEW\"", "\"X\":\"NEW_ADL\"", StringComparison.Ordinal));
            await c.SendAsync(Canceled);
        });
        await using var stream = NewStream(server, new StreamTestClock(Now));
        var (orders, _, _) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);

        (await orders.WaitForAsync(1)).Single().ClientOrderId.Should().Be("g-7-s-0004");
        server.ConnectionCount.Should().Be(1);
        _routes.Of("POST").Should().ContainSingle();
    }

    [Fact]
    public async Task Logs_NeverShowTheListenKeyAtInformationOrAbove()
    {
        var log = new CapturingLogger();
        await using var server = await StartServerAsync(async c =>
        {
            if (c.Index == 1)
            {
                _routes.Expire();
                await c.SendAsync(ListenKeyExpired);
            }
        });
        await using (var stream = NewStream(server, new StreamTestClock(Now), logger: log))
        {
            await stream.StartAsync(CancellationToken.None);
            await server.ConnectionAsync(2);
        }

        var visible = log.Lines.Where(l => !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal)).ToList();
        visible.Should().Contain(l => l.Contains("the listenKey expired", StringComparison.Ordinal), "the drop is logged");
        visible.Should().NotContain(l => l.Contains("key-1", StringComparison.Ordinal) || l.Contains("key-2", StringComparison.Ordinal));
        visible.Should().NotContain(l => l.Contains(ApiKey, StringComparison.Ordinal) || l.Contains(Secret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wss://fstream.binance.com/private", "wss://fstream.binance.com/private/ws/abc")]
    [InlineData("wss://fstream.binancefuture.com/", "wss://fstream.binancefuture.com/ws/abc")]
    public void StreamUrl_AppendsWsAndTheKey(string streamBase, string expected)
    {
        BinanceFuturesUserStream.StreamUrl(new Uri(streamBase), "abc").Should().Be(new Uri(expected));
    }

    private Task<WebSocketTestServer> StartServerAsync(Func<ServerConnection, Task> script) =>
        WebSocketTestServer.StartAsync(script, "/ws/{key}", _routes.Map);

    private BinanceFuturesUserStream NewStream(WebSocketTestServer server, StreamTestClock clock, StreamConnectionOptions? options = null, ILogger? logger = null)
    {
        var client = ListenKeyRoutes.Client(server, clock, new ApiCredentials(ApiKey, Secret), _http, logger);
        return new BinanceFuturesUserStream(server.BaseUrl, client, clock, options ?? ReconnectingWebSocketTests.Options, logger);
    }
}
