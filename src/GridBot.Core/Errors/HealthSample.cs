namespace GridBot.Core.Errors;

/// <summary>One call outcome, stamped with a <see cref="TimeProvider"/> time.</summary>
public sealed record HealthSample(DateTimeOffset At, bool Success);
