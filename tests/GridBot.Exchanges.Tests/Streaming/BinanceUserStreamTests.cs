using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Streaming;
using static GridBot.Exchanges.Tests.Streaming.StreamPayloads;

namespace GridBot.Exchanges.Tests.Streaming;

public class BinanceUserStreamTests
{
    private static readonly ApiCredentials Credentials = new(ApiKey, Secret);

    [Fact]
    public async Task Open_SendsSubscribeSignatureWithParamsSignedInAlphabeticalOrder()
    {
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask);
        await using var stream = NewStream(server);

        await stream.StartAsync(CancellationToken.None);
        var request = await (await server.ConnectionAsync(1)).NextAsync();

        using var document = JsonDocument.Parse(request);
        var root = document.RootElement;
        root.GetProperty("method").GetString().Should().Be("userDataStream.subscribe.signature");
        root.GetProperty("id").GetString().Should().MatchRegex("^[a-zA-Z0-9-_]{1,36}$");
        var p = root.GetProperty("params");
        p.GetProperty("apiKey").GetString().Should().Be(ApiKey);
        p.GetProperty("recvWindow").GetInt32().Should().Be(5000);
        p.GetProperty("timestamp").GetInt64().Should().Be(Now.ToUnixTimeMilliseconds());
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"apiKey={ApiKey}&recvWindow=5000&timestamp=1750000000000")));
        p.GetProperty("signature").GetString().Should().Be(expected);
    }

    [Fact]
    public async Task Events_ExecutionReports_BecomeOrderUpdatesAndOneFill()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await AckAsync(c);
            await c.SendAsync(Wrapped(ExecutionReportNew));
            await c.SendAsync(Wrapped(ExecutionReportTrade));
        });
        await using var stream = NewStream(server);
        var (orders, fills, _) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);

        (await orders.WaitForAsync(2)).Select(o => o.Status).Should().Equal(OrderStatus.New, OrderStatus.PartiallyFilled);
        (await fills.WaitForAsync(1)).Should().Equal(new ExchangeFill(
            new Symbol("ETH", "BTC"), "77001", "mUvoqJxFIILMdfAW5iGSOW", "4293153", OrderSide.Buy, 0.10264410m, 0.4m,
            new CashAmount(0.00012m, "BNB"), true, 1499405699999));
    }

    [Fact]
    public async Task Reconnect_ResubscribesAndRaisesResyncedOnlyAfterTheReconnect()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await AckAsync(c);
            await c.SendAsync(Wrapped(ExecutionReportNew));
            if (c.Index == 1)
            {
                await Task.Delay(50);
                c.Drop();
            }
        });
        await using var stream = NewStream(server);
        var (orders, _, resynced) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);
        await orders.WaitForAsync(1);
        var resyncedAfterFirstConnect = resynced.Count;
        await orders.WaitForAsync(2);

        resyncedAfterFirstConnect.Should().Be(0);
        resynced.Count.Should().Be(1);
        server.ConnectionCount.Should().Be(2);
    }

    [Fact]
    public async Task Reconnect_BeforeTheFirstAck_StillRaisesResynced()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            if (c.Index == 1)
            {
                await c.NextAsync(); // the venue may have subscribed us; the ack never arrives
                c.Drop();
                return;
            }

            await AckAsync(c);
        });
        await using var stream = NewStream(server);
        var (_, _, resynced) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);

        await resynced.WaitForAsync(1);
        server.ConnectionCount.Should().Be(2);
    }

    [Fact]
    public async Task MalformedMessages_AreSkippedWithoutDroppingTheConnection()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await AckAsync(c);
            await c.SendAsync("not json at all");
            await c.SendAsync("""{"subscriptionId":0,"event":{"e":"executionReport","s":"ETHBTC"}}""");
            await c.SendAsync("""{"subscriptionId":0,"event":{"e":"balanceUpdate","E":1,"a":"BTC","d":"1","T":1}}""");
            await c.SendAsync(Wrapped(ExecutionReportCanceled));
        });
        await using var stream = NewStream(server);
        var (orders, _, _) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);

        (await orders.WaitForAsync(1)).Single().ClientOrderId.Should().Be("grid-1-s-0007");
        server.ConnectionCount.Should().Be(1);
    }

    [Fact]
    public async Task RejectedSubscription_ReconnectsAndSubscribesAgain()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            var id = IdOf(await c.NextAsync());
            var reply = c.Index == 1
                ? $$$"""{"id":"{{{id}}}","status":400,"error":{"code":-1022,"msg":"Signature for this request is not valid."}}"""
                : $$$"""{"id":"{{{id}}}","status":200,"result":{"subscriptionId":0}}""";
            await c.SendAsync(reply);
        });
        await using var stream = NewStream(server);

        await stream.StartAsync(CancellationToken.None);
        var second = await server.ConnectionAsync(2);

        second.Index.Should().Be(2);
        (await server.ConnectionAsync(1)).Closed.IsCompleted.Should().BeTrue();
    }

    [Fact]
    public async Task EventStreamTerminated_ReconnectsAndResyncs()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await AckAsync(c);
            if (c.Index == 1)
            {
                await c.SendAsync("""{"subscriptionId":0,"event":{"e":"eventStreamTerminated","E":1728973001334}}""");
            }
        });
        await using var stream = NewStream(server);
        var (_, _, resynced) = UserStreamEvents.Observe(stream);

        await stream.StartAsync(CancellationToken.None);

        await resynced.WaitForAsync(1);
        server.ConnectionCount.Should().Be(2);
    }

    internal static async Task AckAsync(ServerConnection c)
    {
        var id = IdOf(await c.NextAsync());
        await c.SendAsync($$$"""{"id":"{{{id}}}","status":200,"result":{"subscriptionId":0}}""");
    }

    private static string IdOf(string request)
    {
        using var document = JsonDocument.Parse(request);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    private static BinanceUserStream NewStream(WebSocketTestServer server) =>
        new(server.Url, Credentials, new StreamTestClock(Now), ReconnectingWebSocketTests.Options);
}
