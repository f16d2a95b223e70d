namespace GridBot.Testing.FakeVenues;

/// <summary>
/// A USDⓈ-M user data stream at /ws/&lt;listenKey&gt;: no requests, only pushes (ORDER_TRADE_UPDATE, listenKeyExpired) for
/// as long as its key is the account's active one. Counts as one subscription.
/// </summary>
internal sealed class BinanceListenKeySession(string listenKey) : FakeSocketSession
{
    public string ListenKey { get; } = listenKey;

    public override int SubscriptionCount => 1;

    /// <summary>The market-stream server ignores what a user-data connection sends (SUBSCRIBE etc. are not modelled).</summary>
    public override void OnMessage(string text)
    {
    }
}
