namespace GridBot.Exchanges.Http;

/// <summary>
/// One request: the endpoint, its parameters in order (query string; Binance signs them in this order), and for
/// venues that take JSON bodies (Bybit POST) the exact body to send and sign. <see cref="Query"/>, when given, is the
/// exact query string (already encoded) to send and sign instead of <see cref="Parameters"/>.
/// </summary>
public sealed record RestCall(Endpoint Endpoint, IReadOnlyList<KeyValuePair<string, string>> Parameters, string? JsonBody = null, string? Query = null)
{
    public static RestCall Get(Endpoint endpoint, string query) => new(endpoint, [], Query: query);

    public static RestCall Post(Endpoint endpoint, string jsonBody) => new(endpoint, [], JsonBody: jsonBody);

    public static RestCall Of(Endpoint endpoint, params (string Key, string Value)[] parameters) =>
        new(endpoint, parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList());
}
