namespace GridBot.Runtime;

/// <summary>The effect boundaries where a process can die; tests inject crashes here to prove recovery.</summary>
public enum CrashPoint
{
    /// <summary>The new state (with its order intents) is saved; nothing has been sent yet.</summary>
    AfterStateSaved,
    /// <summary>The venue accepted (or answered) a placement; the answer is not saved yet.</summary>
    AfterSendBeforeAck,
    /// <summary>A fill was read from the venue; it is not in the ledger or the state yet.</summary>
    AfterFillSeenBeforeLedger,
}
