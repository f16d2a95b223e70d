namespace GridBot.Exchanges.Http;

/// <summary>
/// One REST endpoint as data (the Binance.Net style): method, path, request weight, its security, and whether it
/// counts against the order-rate limits. Security is one of three kinds: public (neither flag), API key only
/// (<see cref="ApiKeyOnly"/>: the key travels in a header but the request carries no timestamp or signature, as
/// Binance's USER_STREAM endpoints want) and signed (<see cref="Signed"/>, which wins when both are set). Bybit has
/// no key-only endpoints; its protocol signs whatever it is given credentials for.
/// </summary>
public sealed record Endpoint(HttpMethod Method, string Path, int Weight, bool Signed, bool IsOrder = false, bool ApiKeyOnly = false)
{
    /// <summary>True when the request must carry the API key (signed or key-only); the pipeline refuses it without credentials.</summary>
    public bool NeedsApiKey => Signed || ApiKeyOnly;

    public override string ToString() => $"{Method} {Path}";
}
