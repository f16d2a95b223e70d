namespace GridBot.Core.Errors;

/// <summary>Where an error comes from; selects the retry schedule (<see cref="RetrySchedule"/>).</summary>
public enum ErrorCategory
{
    /// <summary>Transport: timeouts, resets, 5xx.</summary>
    Network,

    /// <summary>The venue rejected the request itself: rate limits, bans, timestamps.</summary>
    Api,

    /// <summary>The venue rejected the order on trading grounds: filters, balance, order ids.</summary>
    Trading,

    /// <summary>Keys or signatures; retrying never helps.</summary>
    Auth,

    /// <summary>Anything not classified; retrying is not assumed to help.</summary>
    System,
}
