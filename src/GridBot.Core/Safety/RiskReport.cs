namespace GridBot.Core.Safety;

/// <summary>Risk level, its inputs, the market's assessment and what to do about them.</summary>
public sealed record RiskReport(
    RiskLevel RiskLevel,
    RiskMetrics Metrics,
    MarketAssessment? Market,
    EmergencyAction EmergencyAction,
    IReadOnlyList<string> Recommendations,
    DateTimeOffset GeneratedAt);
