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
    /// <summary>A fill is in the ledger; the bot has not applied it.</summary>
    AfterLedgerBeforeApply,
    /// <summary>The bot saved a cancel (its intent marked cancel-pending); the cancel is not sent yet.</summary>
    BeforeCancel,
    /// <summary>The venue answered a cancel; the answer is not applied yet.</summary>
    AfterCancelBeforeAck,
}
