namespace GridBot.Exchanges.Http;

/// <summary>
/// One REST endpoint as data (the Binance.Net style): method, path, request weight, whether it is signed, and whether
/// it counts against the order-rate limits.
/// </summary>
public sealed record Endpoint(HttpMethod Method, string Path, int Weight, bool Signed, bool IsOrder = false)
{
    public override string ToString() => $"{Method} {Path}";
}
