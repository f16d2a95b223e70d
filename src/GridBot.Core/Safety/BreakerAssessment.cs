namespace GridBot.Core.Safety;

/// <summary>A safety assessment and the breakers' states after it (to be stored for the next check).</summary>
public sealed record BreakerAssessment(SafetyAssessment Assessment, IReadOnlyList<SafetyBreaker> Breakers);
