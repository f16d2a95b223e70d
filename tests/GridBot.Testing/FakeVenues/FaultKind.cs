namespace GridBot.Testing.FakeVenues;

public enum FaultKind
{
    /// <summary>HTTP 5xx; with <see cref="Fault.AfterProcessing"/> the request (e.g. an order) was carried out first.</summary>
    ServerError,

    /// <summary>The response is held back for <see cref="Fault.Delay"/> (real time, cancelled on shutdown or client abort).</summary>
    Timeout,

    /// <summary>Binance 429 -1003 with Retry-After; Bybit retCode 10006 with X-Bapi-Limit-* headers.</summary>
    RateLimited,

    /// <summary>
    /// Binance 429 -1015 "Too many new orders; current limit is N orders per 10 SECOND." WITHOUT Retry-After (the
    /// documented order-count refusal); Bybit answers it as 10006.
    /// </summary>
    TooManyOrders,

    /// <summary>Binance 418 with Retry-After; Bybit HTTP 403 "Access Denied".</summary>
    IpBanned,

    /// <summary>Binance -1021 / Bybit 10002, whatever the request's timestamp.</summary>
    StaleTimestamp,

    /// <summary>The order is placed and at once filled for <see cref="Fault.FillQuantity"/> at its limit price.</summary>
    PartialFill,

    /// <summary>The response body is cut in half; with <see cref="Fault.AfterProcessing"/> the request was carried out.</summary>
    MalformedJson,

    /// <summary>
    /// The venue closes the connection without an answer; with <see cref="Fault.AfterProcessing"/> it carried the request
    /// out first (the order IS placed). The request still counts against the venue's limits.
    /// </summary>
    DropConnection,
}
