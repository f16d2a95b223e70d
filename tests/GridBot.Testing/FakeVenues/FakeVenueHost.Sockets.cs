using Microsoft.AspNetCore.Http;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// User-stream WebSockets on the REST port: an upgrade request is recorded like any request (and a queued fault for
/// its path answers it instead of the upgrade, e.g. a 503), then handed to the session the venue opens for its path.
/// </summary>
public abstract partial class FakeVenueHost
{
    private readonly Lock _socketGate = new();
    private readonly List<FakeSocketSession> _sessions = [];
    private int _socketConnections;
    private int _subscribeAttempts;

    /// <summary>ws://127.0.0.1:&lt;port&gt;/ — the same port as <see cref="BaseUrl"/>.</summary>
    public Uri WebSocketBaseUrl => new UriBuilder(BaseUrl) { Scheme = "ws" }.Uri;

    /// <summary>WebSocket connections accepted so far.</summary>
    public int SocketConnectionCount => Volatile.Read(ref _socketConnections);

    public int OpenSocketCount
    {
        get
        {
            return Sessions.Count(s => !s.Socket.IsClosed);
        }
    }

    /// <summary>Live user-data subscriptions over all open connections.</summary>
    public int SubscriptionCount => Sessions.Where(s => !s.Socket.IsClosed).Sum(s => s.SubscriptionCount);

    /// <summary>Subscribe requests received so far, accepted or rejected.</summary>
    public int SubscribeAttempts => Volatile.Read(ref _subscribeAttempts);

    internal IReadOnlyList<FakeSocketSession> Sessions
    {
        get
        {
            lock (_socketGate)
            {
                return [.. _sessions];
            }
        }
    }

    /// <summary>Drops every open user-stream connection without a close handshake; returns how many.</summary>
    public int DropUserStreams()
    {
        var open = Sessions;
        foreach (var session in open)
        {
            session.Socket.Abort();
        }

        return open.Count;
    }

    /// <summary>Waits (real time) until at least <paramref name="count"/> subscriptions are live.</summary>
    public async Task WaitForSubscriptionsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (SubscriptionCount < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{SubscriptionCount} of {count} subscriptions live");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>The session for a WebSocket path, or null with a <paramref name="rejection"/> (or none: 404).</summary>
    internal virtual FakeSocketSession? OpenSession(FakeCall call, out FakeReply? rejection)
    {
        rejection = null;
        return null;
    }

    internal void CountSubscribeAttempt() => Interlocked.Increment(ref _subscribeAttempts);

    private void AbortSockets()
    {
        foreach (var session in Sessions)
        {
            session.Socket.Abort();
        }
    }

    private async Task AcceptSocketAsync(HttpContext context)
    {
        var call = FakeCall.Head(context.Request, NowMs);
        var fault = Faults.TryTake(call.Method, call.Path);
        var sequence = Record(call, fault);
        FakeReply? rejection = null;
        var session = fault is null ? OpenSession(call, out rejection) : null;
        if (session is null)
        {
            var reply = fault is not null ? FaultReply(call, fault) : rejection ?? Json404(call.Path);
            Complete(sequence, reply);
            await WriteAsync(context, reply, _stopping.Token);
            return;
        }

        // Recorded before the 101 goes out, so a client that sees the upgrade also sees it in Requests.
        Complete(sequence, new FakeReply(101, string.Empty));
        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new FakeSocket(webSocket, Interlocked.Increment(ref _socketConnections), _stopping.Token);
        session.Attach(socket);
        lock (_socketGate)
        {
            _sessions.Add(session);
        }

        try
        {
            await socket.RunAsync(session.OnMessage);
        }
        finally
        {
            lock (_socketGate)
            {
                _sessions.Remove(session);
            }
        }
    }

    private static FakeReply Json404(string path) =>
        FakeReply.Json(new { fakeVenue = "no WebSocket endpoint at " + path }, 404, null);
}
