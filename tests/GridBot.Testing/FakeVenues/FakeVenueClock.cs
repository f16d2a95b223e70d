namespace GridBot.Testing.FakeVenues;

/// <summary>
/// The fake venues' settable clock (thread-safe). Starts at 2024-03-24T09:36:21.650Z, the serverTime of the real
/// BTCUSDT exchangeInfo capture; share it with the client under test so both agree on "now".
/// </summary>
public sealed class FakeVenueClock : TimeProvider
{
    public const long DefaultStartMs = 1_711_272_981_650;

    private long _nowMs;

    public FakeVenueClock(long startMs = DefaultStartMs) => _nowMs = startMs;

    public long NowMs => Interlocked.Read(ref _nowMs);

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(NowMs);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _nowMs, (long)by.TotalMilliseconds);

    public void SetMs(long unixMs) => Interlocked.Exchange(ref _nowMs, unixMs);
}
