namespace GridBot.Core.Safety;

/// <summary>
/// What the bot must do, ordered by priority: a larger value overrides a smaller one, so the action
/// for several events is their maximum.
/// </summary>
public enum SafetyAction
{
    Continue = 0,
    CancelOrders = 1,
    Pause = 2,
    Flatten = 3,
    EmergencyStop = 4,
}
