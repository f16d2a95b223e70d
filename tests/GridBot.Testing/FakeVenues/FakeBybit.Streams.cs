namespace GridBot.Testing.FakeVenues;

/// <summary>User data: the private stream at /v5/private (<see cref="BybitPrivateSession"/>), spot and linear changes.</summary>
public sealed partial class FakeBybit
{
    /// <summary>ws://127.0.0.1:&lt;port&gt;/v5/private (BybitPrivateStream's URL).</summary>
    public Uri PrivateStreamUrl => new(WebSocketBaseUrl, "v5/private");

    internal override FakeSocketSession? OpenSession(FakeCall call, out FakeReply? rejection)
    {
        rejection = null;
        return call.Path == "/v5/private" ? new BybitPrivateSession(this) : null;
    }

    private void MapStreams()
    {
        Spot.OrderChanged += Push;
        Linear.OrderChanged += Push;
    }

    private void Push(FakeOrderEvent e)
    {
        foreach (var session in Sessions.OfType<BybitPrivateSession>())
        {
            session.Push(e);
        }
    }
}
