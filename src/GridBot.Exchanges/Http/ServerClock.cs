using GridBot.Core.Common;

namespace GridBot.Exchanges.Http;

/// <summary>The venue's clock as seen from here: local time plus the offset measured by the last sync. Thread-safe.</summary>
public sealed class ServerClock(TimeProvider time)
{
    private readonly TimeProvider _time = Guard.NotNull(time);
    private long _offsetMs;

    public long OffsetMs => Interlocked.Read(ref _offsetMs);

    public long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds() + OffsetMs;

    /// <summary>
    /// Records a server time read between <paramref name="sentMs"/> and <paramref name="receivedMs"/> (local ms):
    /// the server stamped it about half-way through the round trip.
    /// </summary>
    public void Sync(long serverMs, long sentMs, long receivedMs) =>
        Interlocked.Exchange(ref _offsetMs, serverMs - (sentMs + ((receivedMs - sentMs) / 2)));

    public long LocalNowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
