namespace GridBot.Core.Safety;

/// <summary>Overall risk, ordered: a larger value is riskier.</summary>
public enum RiskLevel
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
