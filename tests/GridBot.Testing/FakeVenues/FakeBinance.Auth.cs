namespace GridBot.Testing.FakeVenues;

/// <summary>
/// SIGNED checks, in Binance's order: API key, timestamp within recvWindow (and not 1 s ahead), then the HMAC-SHA256
/// over totalParams = query string (without the signature) concatenated with the body (without it), exactly as sent.
/// </summary>
public sealed partial class FakeBinance
{
    private FakeReply? Authenticate(FakeCall call) => CheckApiKey(call.Header("X-MBX-APIKEY")) ?? CheckTimestamp(call) ?? CheckSignature(call);

    /// <summary>USER_STREAM endpoints (listenKey) and the first SIGNED check: the key alone.</summary>
    internal FakeReply? CheckApiKey(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return Error(401, -2014, "API-key format invalid.");
        }

        return key != Options.ApiKey ? Error(401, -2015, "Invalid API-key, IP, or permissions for action.") : null;
    }

    /// <summary>Shared with the WebSocket API, whose params carry timestamp and recvWindow the same way.</summary>
    internal static FakeReply? CheckTimestamp(FakeCall call)
    {
        if (!Wire.TryLong(call.Param("timestamp"), out var timestamp))
        {
            return Missing("timestamp");
        }

        var recvWindow = 5000m;
        if (call.Param("recvWindow") is { } text && (!Wire.TryDecimal(text, out recvWindow) || recvWindow > 60_000m))
        {
            return Error(400, -1131, "recvWindow must be less than 60000");
        }

        if (timestamp >= call.NowMs + 1000)
        {
            return Error(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        }

        return call.NowMs - timestamp > recvWindow
            ? Error(400, -1021, "Timestamp for this request is outside of the recvWindow.")
            : null;
    }

    private FakeReply? CheckSignature(FakeCall call)
    {
        var (query, querySignature) = WithoutSignature(call.RawQuery);
        var (body, bodySignature) = WithoutSignature(call.RawBody);
        var signature = querySignature ?? bodySignature;
        if (string.IsNullOrEmpty(signature))
        {
            return Missing("signature");
        }

        var payload = (querySignature is null ? call.RawQuery : query) + (querySignature is null ? body : call.RawBody);
        return string.Equals(Wire.Hmac(Options.ApiSecret, payload), signature, StringComparison.OrdinalIgnoreCase)
            ? null
            : Error(400, -1022, "Signature for this request is not valid.");
    }

    private static (string Remainder, string? Signature) WithoutSignature(string raw)
    {
        var parts = raw.Split('&');
        var index = Array.FindIndex(parts, p => p.StartsWith("signature=", StringComparison.Ordinal));
        return index < 0
            ? (raw, null)
            : (string.Join('&', parts.Where((_, i) => i != index)), parts[index]["signature=".Length..]);
    }

    internal static FakeReply Missing(string name) =>
        Error(400, -1102, "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.");
}
