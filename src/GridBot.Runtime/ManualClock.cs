namespace GridBot.Runtime;

/// <summary>Simulated time for replays: it moves only when the replay moves it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(long unixMs)
    {
        var ticks = DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcTicks;
        if (ticks > Interlocked.Read(ref _ticks))
        {
            Interlocked.Exchange(ref _ticks, ticks);
        }
    }
}
