using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// A mutable holder of a <see cref="CircuitBreakerState"/> that reads the time from a
/// <see cref="TimeProvider"/>. Not thread-safe: it has one owner at a time.
/// </summary>
public sealed class CircuitBreaker
{
    private readonly TimeProvider _time;

    public CircuitBreaker(string name, decimal threshold, TimeProvider time, TimeSpan? window = null)
        : this(CircuitBreakerState.Create(name, threshold, window), time)
    {
    }

    public CircuitBreaker(CircuitBreakerState state, TimeProvider time)
    {
        State = Guard.NotNull(state);
        _time = Guard.NotNull(time);
    }

    public CircuitBreakerState State { get; private set; }

    public bool IsTripped => State.IsTrippedAt(_time.GetUtcNow());

    public DateTimeOffset? TrippedAt => IsTripped ? State.TrippedAt : null;

    /// <summary>Checks <paramref name="value"/> now; true when the breaker is tripped afterwards.</summary>
    public bool Check(decimal value)
    {
        State = State.Check(value, _time.GetUtcNow());
        return State.IsTripped;
    }

    public void Trip() => State = State.Trip(_time.GetUtcNow());

    public void Reset() => State = State.Reset();
}
