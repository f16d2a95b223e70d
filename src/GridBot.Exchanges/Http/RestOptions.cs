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
}
