using GridBot.Exchanges.Streaming;

namespace GridBot.Exchanges.Tests.Streaming;

public class ReconnectingWebSocketTests
{
    /// <summary>No jitter, and timeouts long enough to tell apart from back-off delays in the clock's record.</summary>
    internal static readonly StreamConnectionOptions Options = new()
    {
        JitterFraction = 0,
        StableAfter = TimeSpan.FromMinutes(10),
        ConnectTimeout = TimeSpan.FromMinutes(20),
        CloseTimeout = TimeSpan.FromMinutes(5),
    };

    [Fact]
    public async Task ServerDropsTheConnection_ReconnectsAfterOneTwoFourEightSeconds()
    {
        var connected = new EventLog<bool>();
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            if (c.Index <= 4)
            {
                // Drop only once the client has the connection open: a drop during its handshake is a failed connect.
                await connected.WaitForAsync(c.Index);
                c.Drop();
            }
        });
        var clock = new StreamTestClock(StreamPayloads.Now);
        await using var socket = new ReconnectingWebSocket(server.Url, Options, clock);
        var disconnected = new EventLog<string>();
        socket.Connected += connected.Add;
        socket.Disconnected += disconnected.Add;

        await socket.StartAsync(CancellationToken.None);
        await server.ConnectionAsync(5);
        await connected.WaitForAsync(5);

        BackoffDelays(clock).Take(4).Should().Equal(1, 2, 4, 8);
        connected.Items.Should().Equal(false, true, true, true, true);
        disconnected.Count.Should().BeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public async Task ServerUnreachable_KeepsRetryingWithGrowingDelays()
    {
        var port = FreePort();
        var clock = new StreamTestClock(StreamPayloads.Now);
        await using var socket = new ReconnectingWebSocket(new Uri($"ws://127.0.0.1:{port}/ws"), Options, clock);

        await socket.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => BackoffDelays(clock).Length >= 3);

        BackoffDelays(clock).Take(3).Should().Equal(1, 2, 4);
        socket.ConnectionCount.Should().Be(0);
    }

    [Fact]
    public async Task StableConnection_ResetsTheBackoffToOneSecond()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await Task.Delay(60);
            c.Drop();
        });
        var clock = new StreamTestClock(StreamPayloads.Now);
        await using var socket = new ReconnectingWebSocket(server.Url, Options with { StableAfter = TimeSpan.FromSeconds(1) }, clock);

        await socket.StartAsync(CancellationToken.None);
        await server.ConnectionAsync(4);

        BackoffDelays(clock).Take(3).Should().Equal(1, 1, 1);
    }

    [Fact]
    public async Task OnOpen_RunsAfterEveryConnect_SoTheSubscriptionIsResent()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await c.NextAsync();
            if (c.Index == 1)
            {
                c.Drop();
            }
        });
        var clock = new StreamTestClock(StreamPayloads.Now);
        await using var socket = new ReconnectingWebSocket(server.Url, Options, clock);
        var opened = 0;
        socket.OnOpen = ct => socket.SendAsync($"subscribe-{Interlocked.Increment(ref opened)}", ct);

        await socket.StartAsync(CancellationToken.None);
        var second = await server.ConnectionAsync(2);
        await WaitUntilAsync(() => opened == 2);

        opened.Should().Be(2);
        second.Index.Should().Be(2);
    }

    [Fact]
    public async Task Messages_FragmentedFrame_IsAssembledIntoOneMessage()
    {
        var payload = "{\"data\":\"" + new string('x', 40_000) + "\"}";
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await c.SendFragmentedAsync(payload);
            await c.SendAsync("second");
        });
        await using var socket = new ReconnectingWebSocket(server.Url, Options, new StreamTestClock(StreamPayloads.Now));
        var messages = new EventLog<string>();
        socket.MessageReceived += messages.Add;

        await socket.StartAsync(CancellationToken.None);

        (await messages.WaitForAsync(2)).Should().Equal(payload, "second");
    }

    [Fact]
    public async Task Handler_Throws_TheStreamGoesOn()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            await c.SendAsync("boom");
            await c.SendAsync("after");
        });
        await using var socket = new ReconnectingWebSocket(server.Url, Options, new StreamTestClock(StreamPayloads.Now));
        var messages = new EventLog<string>();
        socket.MessageReceived += m => _ = m == "boom" ? throw new InvalidOperationException("subscriber bug") : 0;
        socket.MessageReceived += messages.Add;

        await socket.StartAsync(CancellationToken.None);

        (await messages.WaitForAsync(2)).Should().Equal("boom", "after");
        socket.ConnectionCount.Should().Be(1);
    }

    [Fact]
    public async Task PingInterval_TwentySeconds_SendsThePingMessage()
    {
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask);
        var clock = new StreamTestClock(StreamPayloads.Now);
        await using var socket = new ReconnectingWebSocket(server.Url, Options with { PingInterval = TimeSpan.FromSeconds(20) }, clock);

        await socket.StartAsync(CancellationToken.None);
        var connection = await server.ConnectionAsync(1);

        (await connection.NextAsync()).Should().Be("""{"op":"ping"}""");
        (await connection.NextAsync()).Should().Be("""{"op":"ping"}""");
        clock.DueTimes.Should().Contain(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Dispose_ClosesWithAHandshakeAndNeverReconnects()
    {
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask);
        var socket = new ReconnectingWebSocket(server.Url, Options, new StreamTestClock(StreamPayloads.Now));
        var connected = new EventLog<bool>();
        socket.Connected += connected.Add;
        await socket.StartAsync(CancellationToken.None);
        await connected.WaitForAsync(1);
        var connection = await server.ConnectionAsync(1);

        await socket.DisposeAsync();
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(300);

        connection.ClosedByClient.Should().BeTrue();
        server.ConnectionCount.Should().Be(1);
        (await socket.SendAsync("late", CancellationToken.None)).Should().BeFalse();
    }

    [Fact]
    public async Task Dispose_DuringBackoff_ReturnsAtOnce()
    {
        var clock = new StreamTestClock(StreamPayloads.Now);
        var socket = new ReconnectingWebSocket(new Uri($"ws://127.0.0.1:{FreePort()}/ws"), Options with { InitialBackoff = TimeSpan.FromMinutes(30), MaxBackoff = TimeSpan.FromMinutes(30) }, clock);
        await socket.StartAsync(CancellationToken.None);
        await WaitUntilAsync(() => clock.DueTimes.Contains(TimeSpan.FromMinutes(30)));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await socket.DisposeAsync();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), "the close timeout (5 min = 3 s here) is for open connections only");
    }

    [Fact]
    public async Task StartToken_Cancelled_StopsWithoutReconnecting()
    {
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask);
        await using var socket = new ReconnectingWebSocket(server.Url, Options, new StreamTestClock(StreamPayloads.Now));
        using var cts = new CancellationTokenSource();
        await socket.StartAsync(cts.Token);
        var connection = await server.ConnectionAsync(1);

        await cts.CancelAsync();
        await connection.Closed.WaitAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(300);

        server.ConnectionCount.Should().Be(1);
    }

    [Fact]
    public async Task ResolvedUrl_IsAskedForBeforeEveryConnection()
    {
        await using var server = await WebSocketTestServer.StartAsync(async c =>
        {
            if (c.Index == 1)
            {
                await Task.Delay(20);
                c.Drop();
            }
        }, "/ws/{token}");
        var asked = 0;
        Task<Uri?> Resolve(CancellationToken ct) =>
            Task.FromResult<Uri?>(new Uri(server.BaseUrl, $"ws/t{Interlocked.Increment(ref asked)}"));
        await using var socket = new ReconnectingWebSocket(server.BaseUrl, Resolve, Options, new StreamTestClock(StreamPayloads.Now));

        await socket.StartAsync(CancellationToken.None);
        var second = await server.ConnectionAsync(2);

        (await server.ConnectionAsync(1)).PathAndQuery.Should().Be("/ws/t1");
        second.PathAndQuery.Should().Be("/ws/t2");
        socket.Url.Should().Be(server.BaseUrl, "the resolved address, which may carry a token, is never the logged one");
    }

    [Fact]
    public async Task ResolvedUrl_None_BacksOffAndAsksAgain()
    {
        await using var server = await WebSocketTestServer.StartAsync(_ => Task.CompletedTask);
        var clock = new StreamTestClock(StreamPayloads.Now);
        var asked = 0;
        Task<Uri?> Resolve(CancellationToken ct) =>
            Task.FromResult(Interlocked.Increment(ref asked) <= 2 ? null : server.Url);
        await using var socket = new ReconnectingWebSocket(server.BaseUrl, Resolve, Options, clock);
        var connected = new EventLog<bool>();
        socket.Connected += connected.Add;

        await socket.StartAsync(CancellationToken.None);

        (await connected.WaitForAsync(1)).Should().Equal(false);
        asked.Should().Be(3);
        BackoffDelays(clock).Take(2).Should().Equal(1, 2);
    }

    /// <summary>The back-off delays the socket asked the clock for, in virtual seconds (timeouts are minutes long and excluded).</summary>
    internal static double[] BackoffDelays(StreamTestClock clock) =>
        clock.DueTimes.Where(d => d < TimeSpan.FromMinutes(1) && d != TimeSpan.FromSeconds(20)).Select(d => d.TotalSeconds).ToArray();

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("condition not met within 5 s");
            }

            await Task.Delay(5);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
