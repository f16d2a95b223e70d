namespace GridBot.Core.Bots;

/// <summary>
/// Lifecycle: Created → Running ⇄ Paused → Stopped; Running/Paused → Flattening → RequiresManualResume;
/// any state → EmergencyStopped. RequiresManualResume and EmergencyStopped leave only by ClearManualResume (→ Paused).
/// </summary>
public enum BotStatus
{
    Created,
    Running,
    Paused,
    Stopped,
    Flattening,
    RequiresManualResume,
    EmergencyStopped,
}
