using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>
/// A local Kestrel WebSocket server standing in for a venue. Each accepted connection runs <c>script</c> (which may
/// send, read and drop) and then stays open until the client closes it or it breaks. <c>path</c> is a route pattern
/// (e.g. <c>/ws/{key}</c>); <c>routes</c> may map plain HTTP endpoints beside it (e.g. a venue's REST calls).
/// </summary>
internal sealed class WebSocketTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ServerConnection> _accepted = Channel.CreateUnbounded<ServerConnection>();
    private int _count;

    private WebSocketTestServer(WebApplication app) => _app = app;

    public ConcurrentQueue<ServerConnection> Connections { get; } = new();

    public int ConnectionCount => Volatile.Read(ref _count);

    public Uri Url { get; private set; } = null!;

    /// <summary>The server's root as a WebSocket address (<c>ws://127.0.0.1:port</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The server's root for HTTP routes (<c>http://127.0.0.1:port</c>).</summary>
    public Uri HttpUrl { get; private set; } = null!;

    public static async Task<WebSocketTestServer> StartAsync(Func<ServerConnection, Task> script, string path = "/ws", Action<WebApplication>? routes = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new WebSocketTestServer(app);
        app.UseWebSockets();
        app.Map(path, context => server.AcceptAsync(context, script));
        routes?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new UriBuilder(address) { Scheme = "ws", Path = path }.Uri;
        server.BaseUrl = new UriBuilder(address) { Scheme = "ws", Path = "/" }.Uri;
        server.HttpUrl = new UriBuilder(address) { Path = "/" }.Uri;
        return server;
    }

    /// <summary>The <paramref name="index"/>-th connection (1-based), waiting for it to arrive.</summary>
    public async Task<ServerConnection> ConnectionAsync(int index, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            if (Connections.FirstOrDefault(c => c.Index == index) is { } found)
            {
                return found;
            }

            await _accepted.Reader.WaitToReadAsync(cts.Token);
            _accepted.Reader.TryRead(out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context, Func<ServerConnection, Task> script)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new ServerConnection(Interlocked.Increment(ref _count), socket, context);
        Connections.Enqueue(connection);
        await _accepted.Writer.WriteAsync(connection);
        try
        {
            await script(connection);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or System.Net.WebSockets.WebSocketException or TimeoutException or ChannelClosedException)
        {
            // A script racing a dropped connection: the test asserts on what it saw.
        }

        await connection.Closed;
    }
}
