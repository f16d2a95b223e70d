namespace GridBot.Exchanges.Http;

/// <summary>
/// One request: the endpoint, its parameters in order (query string; Binance signs them in this order), and for
/// venues that take JSON bodies (Bybit POST) the exact body to send and sign.
/// </summary>
public sealed record RestCall(Endpoint Endpoint, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? JsonBody = null)
{
    public static RestCall Of(Endpoint endpoint, params (string Key, string Value)[] parameters) =>
        new(endpoint, parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList());
}
