namespace GridBot.Testing.FakeVenues;

/// <summary>
/// One request a fake venue received, in arrival order. API-key and signature header values are masked ("***").
/// <see cref="Parameters"/> merges query, form body and top-level JSON body fields (query wins, as on Binance).
/// <see cref="VenueCode"/> is the Binance "code" or Bybit "retCode" of the answer (0 = success, null = no JSON code).
/// </summary>
public sealed record RecordedRequest(
    long Sequence,
    long TimeMs,
    string Method,
    string Path,
    string Query,
    string Body,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Parameters,
    bool DuringBackoff)
{
    public int StatusCode { get; init; }

    public int? VenueCode { get; init; }

    public FaultKind? Fault { get; init; }

    /// <summary>newClientOrderId (Binance) or orderLinkId (Bybit), when sent.</summary>
    public string? ClientOrderId => Param("newClientOrderId") ?? Param("orderLinkId");

    public string? Param(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    public bool Is(string method, string path) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(Path, path, StringComparison.OrdinalIgnoreCase);
}
