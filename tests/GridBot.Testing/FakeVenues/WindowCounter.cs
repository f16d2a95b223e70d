namespace GridBot.Testing.FakeVenues;

/// <summary>A fixed-window counter (weight per minute, orders per 10 s / day), keyed by the venue clock. Not thread-safe.</summary>
internal sealed class WindowCounter(long windowMs)
{
    private long _window = long.MinValue;
    private int _count;

    public long WindowMs { get; } = windowMs;

    public int Add(long nowMs, int amount)
    {
        Roll(nowMs);
        _count += amount;
        return _count;
    }

    public int Peek(long nowMs)
    {
        Roll(nowMs);
        return _count;
    }

    /// <summary>Whole seconds until the current window ends (at least 1).</summary>
    public int SecondsLeft(long nowMs) => (int)Math.Max(1, ((((nowMs / WindowMs) + 1) * WindowMs) - nowMs + 999) / 1000);

    private void Roll(long nowMs)
    {
        var window = nowMs / WindowMs;
        if (window != _window)
        {
            _window = window;
            _count = 0;
        }
    }
}
