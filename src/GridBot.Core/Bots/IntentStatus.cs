namespace GridBot.Core.Bots;

public enum IntentStatus
{
    /// <summary>Saved, sent or about to be sent; the venue has not confirmed it. Reconciled by client order id.</summary>
    Pending,
    /// <summary>The venue confirmed it is working.</summary>
    Open,
    /// <summary>A cancel was requested; it stays until the venue confirms (a fill may still arrive).</summary>
    CancelPending,
}
