using GridBot.Core.Ports;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// The account's order and fill events pushed by a venue. REST stays the source of truth: the owner (the bot runtime)
/// treats <see cref="FillReceived"/> as a hint that it should read fills by REST now (its ledger dedupes by trade id,
/// so a fill seen on both paths counts once), and on <see cref="Resynced"/> must run a REST catch-up (open orders and
/// fills since its last checkpoint), because events sent while the connection was down are lost. Events are raised on
/// the stream's receive loop, one at a time: keep handlers short (signal a channel, do not await REST inline).
/// </summary>
public interface IUserEventStream : IAsyncDisposable
{
    event Action<ExchangeOrder>? OrderUpdated;

    event Action<ExchangeFill>? FillReceived;

    /// <summary>Raised once the subscription is live again after a reconnect (never after the first connect).</summary>
    event Action? Resynced;

    /// <summary>Starts connecting in the background and returns; the stream reconnects on its own until disposed or <paramref name="ct"/> is cancelled.</summary>
    Task StartAsync(CancellationToken ct);
}
