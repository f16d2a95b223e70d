using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GridBot.Core.Common;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Bybit;

/// <summary>
/// Bybit v5 HMAC-SHA256 signing (api-facts 3.1). REST: lowercase hex of HMAC(secret, timestamp + apiKey + recvWindow +
/// payload), where payload is the exact query string of the URL (no '?') for GET or the exact JSON body bytes for POST.
/// WebSocket: hex(HMAC(secret, "GET/realtime" + expires)). Pure: the caller supplies the (server-synchronised) clock
/// reading. Thread-safe: no mutable state.
/// </summary>
public sealed class BybitSigner
{
    public const int DefaultRecvWindowMs = 5000;

    private readonly ApiCredentials _credentials;
    private readonly byte[] _secret;

    public BybitSigner(ApiCredentials credentials, int recvWindowMs = DefaultRecvWindowMs)
    {
        _credentials = Guard.NotNull(credentials);
        _secret = Encoding.UTF8.GetBytes(credentials.ApiSecret);
        RecvWindowMs = Guard.Positive(recvWindowMs);
    }

    public int RecvWindowMs { get; }

    /// <summary>Headers for a request sent at <paramref name="timestampMs"/> (UTC ms, venue clock) carrying <paramref name="payload"/>.</summary>
    public BybitAuthHeaders Sign(long timestampMs, string payload)
    {
        var timestamp = timestampMs.ToString(CultureInfo.InvariantCulture);
        var recvWindow = RecvWindowMs.ToString(CultureInfo.InvariantCulture);
        var signature = Hex(timestamp + _credentials.ApiKey + recvWindow + (payload ?? string.Empty));
        return new BybitAuthHeaders(_credentials.ApiKey, timestamp, signature, recvWindow);
    }

    /// <summary>The private-stream signature for a connection whose auth expires at <paramref name="expiresMs"/> (UTC ms, in the future).</summary>
    public string WsSignature(long expiresMs) => Hex("GET/realtime" + expiresMs.ToString(CultureInfo.InvariantCulture));

    /// <summary>The private-stream auth frame: <c>{"op":"auth","args":["key",expires,"signature"]}</c>.</summary>
    public string WsAuthMessage(long expiresMs)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("op", "auth");
            writer.WriteStartArray("args");
            writer.WriteStringValue(_credentials.ApiKey);
            writer.WriteNumberValue(expiresMs);
            writer.WriteStringValue(WsSignature(expiresMs));
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Lowercase hex HMAC-SHA256 of <paramref name="message"/> (UTF-8) under <paramref name="secret"/> (UTF-8).</summary>
    public static string HmacHex(string secret, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));

    private string Hex(string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(message)));
}
