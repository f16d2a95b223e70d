namespace GridBot.Core.Errors;

/// <summary>The one classification table for <see cref="ErrorKind"/>: transience, severity, category, recovery.</summary>
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

    /// <summary>
    /// IpBanned and Auth are critical: continuing only prolongs a ban, and bad keys stop everything.
    /// UnknownStatus and InsufficientBalance are high: money state is uncertain or our books disagree with the venue's.
    /// </summary>
    public static ErrorSeverity Severity(this ErrorKind kind) => kind switch
    {
        ErrorKind.IpBanned or ErrorKind.Auth => ErrorSeverity.Critical,
        ErrorKind.UnknownStatus or ErrorKind.InsufficientBalance => ErrorSeverity.High,
        ErrorKind.RateLimited or ErrorKind.InvalidTimestamp or ErrorKind.Network or ErrorKind.Other => ErrorSeverity.Medium,
        ErrorKind.FilterFailure or ErrorKind.DuplicateClientOrderId or ErrorKind.UnknownOrder => ErrorSeverity.Low,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unmapped error kind"),
    };

    public static ErrorCategory Category(this ErrorKind kind) => kind switch
    {
        ErrorKind.Network or ErrorKind.UnknownStatus => ErrorCategory.Network,
        ErrorKind.RateLimited or ErrorKind.IpBanned or ErrorKind.InvalidTimestamp => ErrorCategory.Api,
        ErrorKind.FilterFailure or ErrorKind.InsufficientBalance or ErrorKind.DuplicateClientOrderId
            or ErrorKind.UnknownOrder => ErrorCategory.Trading,
        ErrorKind.Auth => ErrorCategory.Auth,
        ErrorKind.Other => ErrorCategory.System,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unmapped error kind"),
    };

    /// <summary>
    /// UnknownStatus and DuplicateClientOrderId reconcile (the order may already be, or is, on the book: re-sending
    /// could double it). Auth needs a human: with broken keys we cannot even cancel, so an emergency stop is moot.
    /// </summary>
    public static RecoveryAction Recovery(this ErrorKind kind) => kind switch
    {
        ErrorKind.RateLimited => RecoveryAction.ReduceRate,
        ErrorKind.IpBanned => RecoveryAction.Pause,
        ErrorKind.InvalidTimestamp => RecoveryAction.ResyncTime,
        ErrorKind.FilterFailure or ErrorKind.InsufficientBalance or ErrorKind.Other => RecoveryAction.Skip,
        ErrorKind.DuplicateClientOrderId or ErrorKind.UnknownOrder or ErrorKind.UnknownStatus => RecoveryAction.Reconcile,
        ErrorKind.Network => RecoveryAction.RetryAfterBackoff,
        ErrorKind.Auth => RecoveryAction.ManualIntervention,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unmapped error kind"),
    };

    /// <summary>True only when re-sending the same request is safe and may help.</summary>
    public static bool MayResend(this ErrorKind kind) => kind.Recovery() is
        RecoveryAction.RetryAfterBackoff or RecoveryAction.ReduceRate or RecoveryAction.ResyncTime;
}
