namespace GridBot.Core.Errors;

public static class ErrorKindExtensions
{
    /// <summary>
    /// Transient kinds may succeed if retried later (after back-off, resync or reconcile).
    /// <see cref="ErrorKind.UnknownStatus"/> is transient but must be resolved by reconciliation, not by re-sending.
    /// </summary>
    public static bool IsTransient(this ErrorKind kind) => kind switch
    {
        ErrorKind.RateLimited or ErrorKind.InvalidTimestamp or ErrorKind.Network or ErrorKind.UnknownStatus => true,
        _ => false,
    };
}
