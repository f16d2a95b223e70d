namespace GridBot.Exchanges.Http;

public sealed record RestOptions
{
    public required Uri BaseUrl { get; init; }

    /// <summary>How long a request may take before its outcome is unknown.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Signed requests are valid for this long after their timestamp (Binance recvWindow, Bybit X-BAPI-RECV-WINDOW).</summary>
    public int RecvWindowMs { get; init; } = 5_000;
}
