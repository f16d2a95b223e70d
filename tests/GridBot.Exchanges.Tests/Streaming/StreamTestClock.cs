using System.Collections.Concurrent;
using System.Diagnostics;

namespace GridBot.Exchanges.Tests.Streaming;

/// <summary>
/// A clock for stream tests: wall time is fixed (<see cref="Now"/>) so signed timestamps are exact, while timers run
/// <see cref="Speed"/> times faster than real time and every requested due time is recorded in virtual units, so a
/// 1 s back-off takes 10 ms of wall time and is still seen as 1 s.
/// </summary>
internal sealed class StreamTestClock(DateTimeOffset now, int speed = 100) : TimeProvider
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public DateTimeOffset Now { get; set; } = now;

    public int Speed { get; } = speed;

    public ConcurrentQueue<TimeSpan> DueTimes { get; } = new();

    public override DateTimeOffset GetUtcNow() => Now;

    public override long GetTimestamp() => (Stopwatch.GetTimestamp() - _start) * Speed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            DueTimes.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, Scale(dueTime), Scale(period));
    }

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, span.Ticks / Speed));
}
