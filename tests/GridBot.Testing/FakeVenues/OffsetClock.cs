namespace GridBot.Testing.FakeVenues;

/// <summary>
/// A venue's clock that runs <see cref="Offset"/> ahead of (or, negative, behind) the host's: the fakes' "now" when a
/// test gives them a clock offset. Timers and timestamps are the host clock's.
/// </summary>
public sealed class OffsetClock(TimeProvider host, TimeSpan offset) : TimeProvider
{
    public TimeProvider Host { get; } = host;

    public TimeSpan Offset { get; } = offset;

    public override DateTimeOffset GetUtcNow() => Host.GetUtcNow() + Offset;

    public override long GetTimestamp() => Host.GetTimestamp();

    public override long TimestampFrequency => Host.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Host.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Host.CreateTimer(callback, state, dueTime, period);
}
