namespace GridBot.Exchanges.Binance;

/// <summary>
/// One entry of exchangeInfo's <c>rateLimits</c>: at most <see cref="Limit"/> units of <see cref="Type"/>
/// (REQUEST_WEIGHT, ORDERS, RAW_REQUESTS) per <see cref="IntervalNum"/> × <see cref="Interval"/>
/// (SECOND, MINUTE, HOUR, DAY; DAY windows are UTC days).
/// </summary>
public sealed record BinanceRateLimit(string Type, string Interval, int IntervalNum, int Limit)
{
    public const string RequestWeight = "REQUEST_WEIGHT";

    public const string Orders = "ORDERS";

    public const string RawRequests = "RAW_REQUESTS";

    /// <summary>The window length, or null for an interval name Binance has not documented.</summary>
    public TimeSpan? Window => Interval switch
    {
        "SECOND" => TimeSpan.FromSeconds(IntervalNum),
        "MINUTE" => TimeSpan.FromMinutes(IntervalNum),
        "HOUR" => TimeSpan.FromHours(IntervalNum),
        "DAY" => TimeSpan.FromDays(IntervalNum),
        _ => null,
    };

    /// <summary>
    /// The suffix of the response header that reports usage of this limit, e.g. "1M" for
    /// <c>X-MBX-USED-WEIGHT-1M</c> or "10S" for <c>X-MBX-ORDER-COUNT-10S</c>; null for an unknown interval.
    /// </summary>
    public string? HeaderSuffix => Interval.Length > 0 && Window is not null
        ? $"{IntervalNum.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Interval[0]}"
        : null;
}
