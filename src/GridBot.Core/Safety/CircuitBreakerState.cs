using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// A circuit breaker as an immutable value: it trips when |value| ≥ <see cref="Threshold"/> and
/// resets itself once <see cref="Window"/> has passed since <see cref="TrippedAt"/>. The window runs
/// from the first trip (a breach while tripped does not extend it); a breach still present at the
/// first check after the window trips it again at once.
/// </summary>
public sealed record CircuitBreakerState(string Name, decimal Threshold, TimeSpan Window, DateTimeOffset? TrippedAt = null)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(60);

    public string Name { get; init; } = Guard.NotBlank(Name);

    public decimal Threshold { get; init; } = Guard.Positive(Threshold);

    public TimeSpan Window { get; init; } = Window > TimeSpan.Zero
        ? Window
        : throw new ArgumentOutOfRangeException(nameof(Window), Window, "must be > 0");

    /// <summary>Tripped as of the last transition; use <see cref="IsTrippedAt"/> for a time-aware answer.</summary>
    public bool IsTripped => TrippedAt is not null;

    public DateTimeOffset? ResetsAt => TrippedAt + Window;

    public static CircuitBreakerState Create(string name, decimal threshold, TimeSpan? window = null) =>
        new(name, threshold, window ?? DefaultWindow);

    public bool IsTrippedAt(DateTimeOffset now) => TrippedAt is { } at && now < at + Window;

    /// <summary>Resets the breaker if its window has passed at <paramref name="now"/>.</summary>
    public CircuitBreakerState Refresh(DateTimeOffset now) =>
        IsTripped && !IsTrippedAt(now) ? Reset() : this;

    /// <summary>Refreshes, then trips if |<paramref name="value"/>| ≥ threshold.</summary>
    public CircuitBreakerState Check(decimal value, DateTimeOffset now)
    {
        var refreshed = Refresh(now);
        return Math.Abs(value) >= Threshold ? refreshed.Trip(now) : refreshed;
    }

    /// <summary>Trips at <paramref name="now"/>; already tripped keeps its original trip time.</summary>
    public CircuitBreakerState Trip(DateTimeOffset now) => IsTripped ? this : this with { TrippedAt = now };

    public CircuitBreakerState Reset() => this with { TrippedAt = null };
}
