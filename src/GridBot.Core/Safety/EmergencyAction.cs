namespace GridBot.Core.Safety;

/// <summary>Emergency response to risk metrics, ordered by severity: the highest that applies wins.</summary>
public enum EmergencyAction
{
    None = 0,
    ReduceExposure = 1,
    PauseTrading = 2,
    EmergencyStop = 3,
}
