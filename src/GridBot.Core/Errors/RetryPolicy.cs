using GridBot.Core.Common;

namespace GridBot.Core.Errors;

/// <summary>
/// Exponential back-off: retry <c>n</c> (1-based) waits <c>BaseDelay × Factor^(n−1)</c>, capped at <see cref="MaxDelay"/>.
/// A pure value: it computes delays, it never sleeps.
/// </summary>
public sealed record RetryPolicy(int MaxRetries, TimeSpan BaseDelay, TimeSpan MaxDelay, double Factor = 2.0)
{
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(60);

    /// <summary>No retries at all.</summary>
    public static readonly RetryPolicy None = new(0, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>
    /// The wait before retry <paramref name="attempt"/> (1 = first retry), or null when retries are exhausted.
    /// A server-provided Retry-After wins when it is longer, even beyond <see cref="MaxDelay"/>: the venue's word
    /// outranks our cap (ignoring it on a 429 is what earns a 418 ban).
    /// </summary>
    public TimeSpan? Delay(int attempt, TimeSpan? retryAfter = null)
    {
        Guard.Positive(attempt);
        if (attempt > MaxRetries)
        {
            return null;
        }

        var backoff = Backoff(attempt);
        return retryAfter is { } server && server > backoff ? server : backoff;
    }

    /// <summary>The whole schedule without Retry-After, e.g. [1 s, 2 s, 4 s] for the network policy.</summary>
    public IReadOnlyList<TimeSpan> Delays()
    {
        var delays = new TimeSpan[MaxRetries];
        for (var i = 0; i < MaxRetries; i++)
        {
            delays[i] = Backoff(i + 1);
        }

        return delays;
    }

    private TimeSpan Backoff(int attempt)
    {
        Guard.That(MaxRetries >= 0 && BaseDelay >= TimeSpan.Zero && MaxDelay >= TimeSpan.Zero, "retry policy must be non-negative");
        Guard.That(Factor >= 1.0 && double.IsFinite(Factor), "retry factor must be a finite number >= 1");

        // In ticks, so a factor of 2 stays exact; compared in double first so large attempts cannot overflow a long.
        var ticks = BaseDelay.Ticks * Math.Pow(Factor, attempt - 1);
        return ticks >= MaxDelay.Ticks ? MaxDelay : TimeSpan.FromTicks((long)Math.Round(ticks));
    }
}
