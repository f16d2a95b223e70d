using System.Security.Cryptography;
using System.Text;
using GridBot.Core.Common;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// Binance HMAC-SHA256 signing (spot, USDⓈ-M futures and the WebSocket API share it). The signature is the lowercase
/// hex HMAC of the exact bytes sent: the query string, or the query string and the form body concatenated with no
/// '&amp;' between them ("totalParams"). Immutable and thread-safe. <see cref="ToString"/> never shows the secret.
/// </summary>
public sealed class BinanceSigner
{
    /// <summary>Binance's default; the venue caps it at 60,000 ms.</summary>
    public const int DefaultRecvWindowMs = 5000;

    private readonly byte[] _key;

    public BinanceSigner(string apiSecret)
    {
        _key = Encoding.UTF8.GetBytes(Guard.NotBlank(apiSecret));
    }

    /// <summary>Lowercase hex HMAC-SHA256 of <paramref name="payload"/> (UTF-8).</summary>
    public string Sign(string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload)));

    /// <summary>The signature of a mixed request: <paramref name="queryString"/> + <paramref name="body"/>, no separator.</summary>
    public string Sign(string queryString, string body) => Sign(queryString + body);

    /// <summary>
    /// <c>k1=v1&amp;…&amp;recvWindow=…&amp;timestamp=…&amp;signature=hex</c>: keys and values percent-encoded (RFC 3986,
    /// UTF-8) in the given order, <c>recvWindow</c> and <c>timestamp</c> appended, the signature last.
    /// </summary>
    public string SignedQuery(IEnumerable<KeyValuePair<string, string>> parameters, long timestampMs, int recvWindowMs = DefaultRecvWindowMs)
    {
        Guard.InRange(recvWindowMs, 1, 60_000);
        var query = BuildQuery(parameters, timestampMs, recvWindowMs);
        return $"{query}&signature={Sign(query)}";
    }

    /// <summary>
    /// The WebSocket-API signature: every parameter except <c>signature</c>, sorted by name (ordinal), joined as
    /// <c>k=v&amp;k=v</c> without encoding, then HMAC-SHA256 hex.
    /// </summary>
    public string SignWebSocket(IEnumerable<KeyValuePair<string, string>> parameters) =>
        Sign(WebSocketPayload(parameters));

    /// <summary>The unsigned query: percent-encoded pairs in order, then <c>recvWindow</c> and <c>timestamp</c>.</summary>
    public static string BuildQuery(IEnumerable<KeyValuePair<string, string>> parameters, long timestampMs, int recvWindowMs = DefaultRecvWindowMs)
    {
        var all = parameters.Append(new("recvWindow", recvWindowMs.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("timestamp", timestampMs.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Encode(all);
    }

    /// <summary>Pairs joined as <c>k=v&amp;…</c>, keys and values percent-encoded per RFC 3986 (UTF-8, upper-case hex).</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    public static string WebSocketPayload(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters
            .Where(p => p.Key != "signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}"));

    public override string ToString() => "BinanceSigner(secret hidden)";
}
