namespace GridBot.Core.Safety;

public static class SafetyActionExtensions
{
    /// <summary>The alert level an action is announced with.</summary>
    public static AlertLevel ToAlertLevel(this SafetyAction action) => action switch
    {
        SafetyAction.Continue => AlertLevel.Info,
        SafetyAction.CancelOrders or SafetyAction.Pause => AlertLevel.Warning,
        SafetyAction.Flatten => AlertLevel.Critical,
        SafetyAction.EmergencyStop => AlertLevel.Emergency,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown safety action"),
    };

    /// <summary>The higher-priority of two actions.</summary>
    public static SafetyAction Max(this SafetyAction action, SafetyAction other) => action >= other ? action : other;
}
