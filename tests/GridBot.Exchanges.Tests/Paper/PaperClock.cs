namespace GridBot.Exchanges.Tests.Paper;

/// <summary>A settable clock for tests; starts at the Unix epoch so market times given to MoveTo drive the venue clock.</summary>
internal sealed class PaperClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UnixEpoch;

    public override DateTimeOffset GetUtcNow() => _now;

    public void SetMs(long unixMs) => _now = DateTimeOffset.FromUnixTimeMilliseconds(unixMs);
}
