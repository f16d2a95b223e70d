namespace GridBot.Exchanges.Http;

public sealed record RestOptions
{
    public required Uri BaseUrl { get; init; }

    /// <summary>How long a request may take before its outcome is unknown.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Signed requests are valid for this long after their timestamp (Binance recvWindow, Bybit X-BAPI-RECV-WINDOW).</summary>
    public int RecvWindowMs { get; init; } = 5_000;

    /// <summary>
    /// The clock offset is measured before the first signed request and again once it is this old, so a drifting local
    /// clock is corrected before the venue has to reject a request for it. <see cref="TimeSpan.Zero"/> turns the
    /// proactive sync off (the resync after an invalid-timestamp answer stays).
    /// </summary>
    public TimeSpan ClockResyncInterval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Added to every wait whose end the venue decides (a window end on its clock, a <c>Retry-After</c>, a reset time), so
    /// whole-second answers, clock-offset error and latency do not land a request just before the venue lets it in.
    /// </summary>
    public TimeSpan BackOffMargin { get; init; } = RateLimiter.DefaultMargin;

    /// <summary>
    /// Items asked for per page on paged reads (open orders, fills, order history); null asks each endpoint's maximum.
    /// Venues that page by cursor are followed whatever the page size; Binance, which pages by id, knows a page is the
    /// last only when it is shorter than asked, so a venue that pages smaller than its documented maximum needs this set
    /// to its page size.
    /// </summary>
    public int? PageSize { get; init; }
}
