namespace GridBot.Core.Errors;

/// <summary>The one set of failure kinds every venue's error codes map to.</summary>
public enum ErrorKind
{
    RateLimited,
    IpBanned,
    InvalidTimestamp,
    FilterFailure,
    InsufficientBalance,
    DuplicateClientOrderId,
    UnknownOrder,
    /// <summary>The request may or may not have taken effect (timeout, 5xx): reconcile, never re-send blindly.</summary>
    UnknownStatus,
    Network,
    Auth,
    Other,
}
