namespace GridBot.Core.Safety;

/// <summary>Which limit (or breaker) raised a <see cref="SafetyEvent"/>.</summary>
public enum SafetyEventKind
{
    PositionLimit,
    DailyLoss,
    Drawdown,
    ConsecutiveLosses,
    ApiErrors,
    OrderSize,
    PriceDeviation,
    CircuitBreaker,
}
