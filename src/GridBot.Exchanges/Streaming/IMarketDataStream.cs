using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Best bid/ask and closed 1-minute bars pushed by a venue. After <see cref="Resynced"/> the owner should backfill the
/// bars it missed by REST (klines since its last bar). Events are raised on the receive loop, one at a time.
/// </summary>
public interface IMarketDataStream : IAsyncDisposable
{
    event Action<Ticker>? TickerUpdated;

    /// <summary>A bar whose minute has ended (the venue marked it final); never an in-progress bar.</summary>
    event Action<Symbol, Bar>? BarClosed;

    /// <summary>Raised once the feed is live again after a reconnect (never after the first connect).</summary>
    event Action? Resynced;

    Task StartAsync(CancellationToken ct);
}
