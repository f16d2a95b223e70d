namespace GridBot.Core.Flatten;

public enum FlattenInstructionReason
{
    CancelOrdersFirst,
    /// <summary>A new TWAP slice within the spread guard.</summary>
    Slice,
    /// <summary>The current slice is short (the IOC expired unfilled) and its deadline has not passed: try again.</summary>
    SliceRetry,
    /// <summary>The spread is wider than the guard: market instead of limit.</summary>
    SpreadTooWide,
    /// <summary>The current slice did not fill by its deadline: market for what is missing.</summary>
    DeadlineMissed,
    /// <summary>At least the switch fraction is done: the remainder goes at market.</summary>
    RemainderAtMarket,
    /// <summary>An order is still in flight: wait for its fills or its close.</summary>
    OrderInFlight,
    /// <summary>The next slice is not due yet.</summary>
    NotYetDue,
    Completed,
}
