using System.Text.Json;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Streaming;
using GridBot.Exchanges.Tests.Bybit;
using static GridBot.Exchanges.Tests.Streaming.StreamPayloads;

namespace GridBot.Exchanges.Tests.Streaming;

public class BybitPrivateStreamTests
{
    private const string AuthOk = """{"success":true,"ret_msg":"","op":"auth","conn_id":"cejreaspqfh3sjdnldmg-p"}""";
    private const string SubscribeOk = """{"success":true,"ret_msg":"","op":"subscribe","conn_id":"cejreaspqfh3sjdnldmg-p"}""";

    private static readonly ApiCredentials Credentials = new(ApiKey, Secret);

    [Fact]
    public async Task Open_SendsAuthExpiringInTenSecondsThenSubscribesToOrderAndExecution()
    {
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask);
        await using var stream = NewStream(server);

        await stream.StartAsync(CancellationToken.None);
        var connection = await server.ConnectionAsync(1);
        var auth = await connection.NextAsync();
        var subscribe = await connection.NextAsync();

        using var document = JsonDocument.Parse(auth);
        var args = document.RootElement.GetProperty("args");
        document.RootElement.GetProperty("op").GetString().Should().Be("auth");
        args[0].GetString().Should().Be(ApiKey);
        var expires = args[1].GetInt64();
        expires.Should().Be(Now.ToUnixTimeMilliseconds() + 10_000);
        args[2].GetString().Should().Be(BybitSigner.HmacHex(Secret, $"GET/realtime{expires}"));
        subscribe.Should().Be("""{"op":"subscribe","args":["order","execution"]}""");
    }

    [Fact]
    public async Task Heartbeat_SendsPingEveryTwentySeconds()
    {
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask);
        var clock = new StreamTestClock(Now);
        await using var stream = new BybitPrivateStream(server.Url, Credentials, clock, ReconnectingWebSocketTests.Options);

        await stream.StartAsync(CancellationToken.None);
        var connection = await server.ConnectionAsync(1);
        await connection.NextAsync();
        await connection.NextAsync();

        (await connection.NextAsync()).Should().Be("""{"op":"ping"}""");
        clock.DueTimes.Should().Contain(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Frames_OrderAndExecution_BecomeOrderUpdatesAndFills()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await HandshakeAsync(c);
            await c.SendAsync("""{"req_id":"","op":"pong","args":["1675418560633"],"conn_id":"x"}""");
            await c.SendAsync(BybitPayloads.WsSpotOrder);
            await c.SendAsync(BybitPayloads.WsExecution);
        });
        await using var stream = NewStream(server);
        var orders = new EventLog<ExchangeOrder>();
        var fills = new EventLog<ExchangeFill>();
        stream.OrderUpdated += orders.Add;
        stream.FillReceived += fills.Add;

        await stream.StartAsync(CancellationToken.None);

        (await orders.WaitForAsync(1)).Single().ClientOrderId.Should().Be("grid-1-b-0001");
        var fill = (await fills.WaitForAsync(1)).Single();
        fill.TradeId.Should().Be("7e2ae69c-4edf-5800-a352-893d52b446aa");
        fill.Price.Should().Be(0.3374m);
        fill.Quantity.Should().Be(25m);
        fill.Fee.Should().Be(new CashAmount(0.005061m, "USDT"));
    }

    [Fact]
    public async Task Reconnect_ReauthenticatesAndRaisesResyncedOnlyAfterTheReconnect()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await HandshakeAsync(c);
            await c.SendAsync(BybitPayloads.WsSpotOrder);
            if (c.Index == 1)
            {
                await Task.Delay(50);
                c.Drop();
            }
        });
        await using var stream = NewStream(server);
        var orders = new EventLog<ExchangeOrder>();
        var resynced = new EventLog<int>();
        stream.OrderUpdated += orders.Add;
        stream.Resynced += () => resynced.Add(1);

        await stream.StartAsync(CancellationToken.None);
        await orders.WaitForAsync(1);
        var resyncedAfterFirstConnect = resynced.Count;
        await orders.WaitForAsync(2);

        resyncedAfterFirstConnect.Should().Be(0);
        resynced.Count.Should().Be(1);
    }

    [Fact]
    public async Task AuthRejected_ReconnectsAndAuthenticatesAgain()
    {
        var secondAuth = new TaskCompletionSource<string>();
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            var auth = await c.NextAsync();
            if (c.Index == 1)
            {
                await c.SendAsync("""{"success":false,"ret_msg":"error:invalid signature","op":"auth","conn_id":"x"}""");
            }
            else
            {
                secondAuth.TrySetResult(auth);
            }
        });
        await using var stream = NewStream(server);

        await stream.StartAsync(CancellationToken.None);

        (await secondAuth.Task.WaitAsync(TimeSpan.FromSeconds(5))).Should().Contain("\"op\":\"auth\"");
        server.ConnectionCount.Should().Be(2);
    }

    [Fact]
    public async Task MalformedFrames_AreSkippedWithoutDroppingTheConnection()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await HandshakeAsync(c);
            await c.SendAsync("][");
            await c.SendAsync("""{"topic":"order","data":[{"category":"spot","symbol":"BTCUSDT"}]}""");
            await c.SendAsync(BybitPayloads.WsSpotOrder);
        });
        await using var stream = NewStream(server);
        var orders = new EventLog<ExchangeOrder>();
        stream.OrderUpdated += orders.Add;

        await stream.StartAsync(CancellationToken.None);

        (await orders.WaitForAsync(1)).Should().ContainSingle();
        server.ConnectionCount.Should().Be(1);
    }

    private static async Task HandshakeAsync(ServerConnection c)
    {
        await c.NextAsync();
        await c.NextAsync();
        await c.SendAsync(AuthOk);
        await c.SendAsync(SubscribeOk);
    }

    private static BybitPrivateStream NewStream(WebSocketTestServer server) =>
        new(server.Url, Credentials, new StreamTestClock(Now), ReconnectingWebSocketTests.Options);
}
