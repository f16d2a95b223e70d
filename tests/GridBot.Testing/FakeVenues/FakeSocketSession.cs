namespace GridBot.Testing.FakeVenues;

/// <summary>
/// A venue's protocol on one WebSocket (Binance WS-API, a futures listenKey stream, Bybit private). Messages arrive
/// one at a time on the receive loop; market events arrive on other threads, so sessions guard their state.
/// </summary>
internal abstract class FakeSocketSession
{
    private FakeSocket? _socket;

    public FakeSocket Socket => _socket ?? throw new InvalidOperationException("session not attached to a socket");

    /// <summary>Live subscriptions on this connection (each one receives every event it covers exactly once).</summary>
    public abstract int SubscriptionCount { get; }

    public abstract void OnMessage(string text);

    internal void Attach(FakeSocket socket) => _socket = socket;
}
