namespace GridBot.Exchanges.Streaming;

/// <summary>
/// Exponential back-off: the n-th delay after a reset is min(max, initial·2ⁿ) shortened by a random fraction in
/// [0, jitter), so clients that lost the venue together do not all come back in the same millisecond and no delay
/// exceeds the cap. Deterministic for a given <see cref="Random"/>. Not thread-safe.
/// </summary>
public sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, double jitterFraction, Random random)
{
    private int _attempt;

    public int Attempt => _attempt;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_attempt, 30);
        _attempt++;
        var ticks = Math.Min((double)max.Ticks, initial.Ticks * Math.Pow(2, exponent));
        var jitter = jitterFraction > 0 ? jitterFraction * random.NextDouble() : 0d;
        return TimeSpan.FromTicks((long)(ticks * (1 - jitter)));
    }

    public void Reset() => _attempt = 0;
}
