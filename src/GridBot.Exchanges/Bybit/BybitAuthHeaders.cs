namespace GridBot.Exchanges.Bybit;

/// <summary>
/// The authentication headers of one signed Bybit v5 REST request. <see cref="ToString"/> shows at most 4 characters of
/// the key, so the record is safe to log.
/// </summary>
public sealed record BybitAuthHeaders(string ApiKey, string Timestamp, string Signature, string RecvWindow)
{
    public const string ApiKeyHeader = "X-BAPI-API-KEY";
    public const string TimestampHeader = "X-BAPI-TIMESTAMP";
    public const string SignHeader = "X-BAPI-SIGN";
    public const string RecvWindowHeader = "X-BAPI-RECV-WINDOW";

    /// <summary>Header name and value pairs, ready to add to a request.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToHeaders() =>
    [
        new(ApiKeyHeader, ApiKey),
        new(TimestampHeader, Timestamp),
        new(SignHeader, Signature),
        new(RecvWindowHeader, RecvWindow),
    ];

    public override string ToString() =>
        $"BybitAuthHeaders({(ApiKey.Length > 4 ? ApiKey[..4] : string.Empty)}…, ts {Timestamp}, recv {RecvWindow})";
}
