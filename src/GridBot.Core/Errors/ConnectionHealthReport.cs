namespace GridBot.Core.Errors;

/// <summary>Connection health over the window ending at <see cref="At"/>. <see cref="SuccessRate"/> is in [0, 1].</summary>
public sealed record ConnectionHealthReport(
    DateTimeOffset At,
    int Samples,
    int Successes,
    int Failures,
    double SuccessRate,
    int ConsecutiveFailures,
    bool IsHealthy,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt);
