namespace GridBot.Core.Errors;

/// <summary>
/// What to do about an error. Ordered by escalation: when several apply, the higher value wins
/// (<see cref="RecoveryAdvisor"/>).
/// </summary>
public enum RecoveryAction
{
    /// <summary>Nothing to recover from.</summary>
    None,

    /// <summary>Drop this operation (e.g. an order the filters reject) and carry on.</summary>
    Skip,

    /// <summary>Re-send after the category's back-off (<see cref="RetrySchedule"/>).</summary>
    RetryAfterBackoff,

    /// <summary>Slow down: honour Retry-After and lower the request rate.</summary>
    ReduceRate,

    /// <summary>Re-sync the clock offset with the venue's server time, then retry.</summary>
    ResyncTime,

    /// <summary>Query the venue for the true order state; never re-send blindly.</summary>
    Reconcile,

    /// <summary>Stop placing orders until the cause clears (e.g. an IP ban lifts).</summary>
    Pause,

    /// <summary>Cancel everything and stop.</summary>
    EmergencyStop,

    /// <summary>A human must act (e.g. fix API keys); nothing automatic helps.</summary>
    ManualIntervention,
}
