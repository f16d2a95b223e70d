namespace GridBot.Core.Errors;

/// <summary>The retry policy per error category, and per error kind (which may forbid re-sending).</summary>
public static class RetrySchedule
{
    /// <summary>3 retries from 1 s, doubling, capped at 60 s.</summary>
    public static readonly RetryPolicy Network = new(3, TimeSpan.FromSeconds(1), RetryPolicy.DefaultMaxDelay);

    /// <summary>5 retries from 2 s, doubling, capped at 60 s.</summary>
    public static readonly RetryPolicy Api = new(5, TimeSpan.FromSeconds(2), RetryPolicy.DefaultMaxDelay);

    /// <summary>2 retries from 0.5 s, doubling, capped at 60 s.</summary>
    public static readonly RetryPolicy Trading = new(2, TimeSpan.FromMilliseconds(500), RetryPolicy.DefaultMaxDelay);

    /// <summary>Auth and unclassified (system) errors are not retried: repetition does not fix keys or bugs.</summary>
    public static RetryPolicy For(ErrorCategory category) => category switch
    {
        ErrorCategory.Network => Network,
        ErrorCategory.Api => Api,
        ErrorCategory.Trading => Trading,
        ErrorCategory.Auth or ErrorCategory.System => RetryPolicy.None,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unmapped error category"),
    };

    /// <summary>
    /// The policy for re-sending after <paramref name="kind"/>: the category's schedule when re-sending is safe
    /// (<see cref="ErrorKindExtensions.MayResend"/>), otherwise <see cref="RetryPolicy.None"/>. UnknownStatus is
    /// a Network-category error yet gets no re-sends: it must be reconciled first.
    /// </summary>
    public static RetryPolicy For(ErrorKind kind) => kind.MayResend() ? For(kind.Category()) : RetryPolicy.None;
}
