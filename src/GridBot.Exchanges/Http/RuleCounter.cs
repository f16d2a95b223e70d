namespace GridBot.Exchanges.Http;

/// <summary>
/// Units counted against one <see cref="RateLimitRule"/> in fixed windows aligned to the epoch of the venue's clock
/// (times are venue ms, as the venue counts). Not thread-safe: <see cref="RateLimiter"/> holds its lock.
/// </summary>
internal sealed class RuleCounter(RateLimitRule rule)
{
    private long _window = long.MinValue;
    private int _used;

    public RateLimitRule Rule { get; } = rule;

    private long WindowMs => (long)Rule.Window.TotalMilliseconds;

    public int Used(long venueMs) => WindowOf(venueMs) == _window ? _used : 0;

    public void Add(long venueMs, int units)
    {
        Roll(venueMs);
        _used += units;
    }

    public void Set(long venueMs, int used)
    {
        Roll(venueMs);
        _used = used;
    }

    /// <summary>Gives back units counted at <paramref name="countedAtMs"/>, if its window is still the current one.</summary>
    public void Remove(long countedAtMs, long venueMs, int units)
    {
        if (WindowOf(countedAtMs) == WindowOf(venueMs) && WindowOf(venueMs) == _window)
        {
            _used = Math.Max(0, _used - units);
        }
    }

    /// <summary>Venue ms at which the window holding <paramref name="venueMs"/> ends.</summary>
    public long WindowEndMs(long venueMs) => (WindowOf(venueMs) + 1) * WindowMs;

    private void Roll(long venueMs)
    {
        var window = WindowOf(venueMs);
        if (window != _window)
        {
            _window = window;
            _used = 0;
        }
    }

    private long WindowOf(long venueMs) => venueMs / WindowMs;
}
