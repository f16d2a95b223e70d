using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// A circuit breaker bound to the metric it watches and the action it demands while tripped.
/// </summary>
public sealed record SafetyBreaker(SafetyEventKind Watches, SafetyAction ActionWhileTripped, CircuitBreakerState State)
{
    public SafetyEventKind Watches { get; init; } = Watches != SafetyEventKind.CircuitBreaker
        ? Watches
        : throw new ArgumentOutOfRangeException(nameof(Watches), Watches, "a breaker watches a metric, not another breaker");

    public CircuitBreakerState State { get; init; } = Guard.NotNull(State);

    /// <summary>
    /// The default breakers: a price spike at the deviation limit keeps orders off the book
    /// (CancelOrders) for the window, not only while it lasts; API errors at half their limit pause
    /// trading for the window, a back-off before the emergency stop at the full limit.
    /// </summary>
    public static IReadOnlyList<SafetyBreaker> Defaults(RiskLimits limits, TimeSpan? window = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var apiErrorThreshold = Math.Max(1, limits.MaxApiErrors / 2);
        return
        [
            new(
                SafetyEventKind.PriceDeviation,
                SafetyAction.CancelOrders,
                CircuitBreakerState.Create("price-deviation", limits.MaxPriceDeviation, window)),
            new(
                SafetyEventKind.ApiErrors,
                SafetyAction.Pause,
                CircuitBreakerState.Create("api-errors", apiErrorThreshold, window)),
        ];
    }
}
