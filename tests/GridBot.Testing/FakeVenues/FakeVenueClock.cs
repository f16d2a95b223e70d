namespace GridBot.Testing.FakeVenues;

/// <summary>
/// The fake venues' settable clock (thread-safe). Starts at 2024-03-24T09:36:21.650Z, the serverTime of the real
/// BTCUSDT exchangeInfo capture; share it with the client under test so both agree on "now". With
/// <see cref="AdvancesOnWait"/> it is virtual time: a one-shot timer (a <c>Task.Delay</c> on this clock) moves the clock
/// to its due time and fires at once, so a client that backs off for two seconds takes no real time and a test can
/// measure the wait exactly, however loaded the machine.
/// </summary>
public sealed class FakeVenueClock : TimeProvider
{
    public const long DefaultStartMs = 1_711_272_981_650;

    private long _nowMs;

    public FakeVenueClock(long startMs = DefaultStartMs) => _nowMs = startMs;

    /// <summary>
    /// One-shot timers jump the clock to their due time and fire at once (periodic timers still run in real time). Meant
    /// for one client waiting at a time: waits that overlap each move the clock by their whole length.
    /// </summary>
    public bool AdvancesOnWait { get; init; }

    public long NowMs => Interlocked.Read(ref _nowMs);

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds(NowMs);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _nowMs, (long)by.TotalMilliseconds);

    public void SetMs(long unixMs) => Interlocked.Exchange(ref _nowMs, unixMs);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        AdvancesOnWait && period == Timeout.InfiniteTimeSpan
            ? new JumpTimer(this, callback, state, dueTime)
            : base.CreateTimer(callback, state, dueTime, period);

    /// <summary>A timer that does not wait: arming it moves the clock by the due time and queues the callback.</summary>
    private sealed class JumpTimer : ITimer
    {
        private readonly FakeVenueClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private int _generation;

        public JumpTimer(FakeVenueClock clock, TimerCallback callback, object? state, TimeSpan dueTime)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            Arm(dueTime);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Arm(dueTime);
            return true;
        }

        public void Dispose() => Interlocked.Increment(ref _generation);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Arm(TimeSpan dueTime)
        {
            var generation = Interlocked.Increment(ref _generation);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            if (dueTime > TimeSpan.Zero)
            {
                _clock.Advance(dueTime.TotalMilliseconds < 1 ? TimeSpan.FromMilliseconds(1) : TimeSpan.FromMilliseconds(Math.Ceiling(dueTime.TotalMilliseconds)));
            }

            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                if (Volatile.Read(ref _generation) == generation)
                {
                    _callback(_state);
                }
            }, null);
        }
    }
}
