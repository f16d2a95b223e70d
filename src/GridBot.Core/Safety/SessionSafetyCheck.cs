namespace GridBot.Core.Safety;

/// <summary>
/// The result of a session check: unsafe when any alert is Critical or worse. <see cref="State"/> is
/// the session updated with the figures checked, to be stored.
/// </summary>
public sealed record SessionSafetyCheck(bool IsSafe, IReadOnlyList<SafetyAlert> Alerts, SessionRiskState State);
