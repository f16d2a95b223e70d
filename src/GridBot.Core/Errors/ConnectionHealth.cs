using GridBot.Core.Common;

namespace GridBot.Core.Errors;

/// <summary>
/// Call outcomes over a sliding window (state; transitions return a new value, time is passed in).
/// Healthy means: success rate ≥ <see cref="MinSuccessRate"/> (0.8) and fewer than
/// <see cref="MaxConsecutiveFailures"/> (5) failures in a row. With no samples in the window there is no evidence
/// of trouble: success rate 1, healthy. Samples must be recorded in time order.
/// </summary>
public sealed record ConnectionHealth(
    TimeSpan Window,
    IReadOnlyList<HealthSample> Samples,
    double MinSuccessRate = 0.8,
    int MaxConsecutiveFailures = 5)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(5);

    public static ConnectionHealth Create(TimeSpan? window = null) => new(window ?? DefaultWindow, []);

    public ConnectionHealth RecordSuccess(DateTimeOffset at) => Record(at, success: true);

    public ConnectionHealth RecordFailure(DateTimeOffset at) => Record(at, success: false);

    /// <summary>Adds a sample and drops those that fell out of the window ending at <paramref name="at"/>.</summary>
    public ConnectionHealth Record(DateTimeOffset at, bool success)
    {
        Guard.That(Samples.Count == 0 || at >= Samples[^1].At, "health samples must be recorded in time order");
        var kept = InWindow(at).Append(new HealthSample(at, success)).ToArray();
        return this with { Samples = kept };
    }

    public bool IsHealthy(DateTimeOffset now) => Report(now).IsHealthy;

    public ConnectionHealthReport Report(DateTimeOffset now)
    {
        var recent = InWindow(now).ToArray();
        var successes = recent.Count(s => s.Success);
        var rate = recent.Length == 0 ? 1.0 : (double)successes / recent.Length;
        var consecutive = ConsecutiveFailuresAtEnd(recent);
        return new ConnectionHealthReport(
            now,
            recent.Length,
            successes,
            recent.Length - successes,
            rate,
            consecutive,
            rate >= MinSuccessRate && consecutive < MaxConsecutiveFailures,
            recent.LastOrDefault(s => s.Success)?.At,
            recent.LastOrDefault(s => !s.Success)?.At);
    }

    // The window is (now − Window, now]: a sample exactly Window old has expired.
    private IEnumerable<HealthSample> InWindow(DateTimeOffset now) =>
        Samples.Where(s => s.At > now - Window && s.At <= now);

    private static int ConsecutiveFailuresAtEnd(HealthSample[] samples)
    {
        var count = 0;
        for (var i = samples.Length - 1; i >= 0 && !samples[i].Success; i--)
        {
            count++;
        }

        return count;
    }
}
