namespace GridBot.Testing.FakeVenues;

/// <summary>
/// X-BAPI-* checks: key (10003), timestamp with server_time − recv_window ≤ timestamp &lt; server_time + 1000 (10002),
/// then X-BAPI-SIGN = hex HMAC-SHA256(timestamp + key + recvWindow + (raw query for GET | raw body for POST)) (10004).
/// </summary>
public sealed partial class FakeBybit
{
    private FakeReply? Authenticate(FakeCall call)
    {
        var key = call.Header("X-BAPI-API-KEY");
        if (string.IsNullOrEmpty(key) || key != Options.ApiKey)
        {
            return Error(10003, "API key is invalid.");
        }

        var timestampText = call.Header("X-BAPI-TIMESTAMP");
        var recvWindowText = call.Header("X-BAPI-RECV-WINDOW");
        if (!Wire.TryLong(timestampText, out var timestamp))
        {
            return Error(10002, "invalid request, please check your timestamp and recv_window param");
        }

        var recvWindow = Wire.TryLong(recvWindowText, out var w) ? w : 5000;
        if (timestamp < call.NowMs - recvWindow || timestamp >= call.NowMs + 1000)
        {
            return TimestampError(call.NowMs, timestamp, recvWindow);
        }

        var origin = timestampText + key + (recvWindowText ?? string.Empty) + (call.Method == "GET" ? call.RawQuery : call.RawBody);
        return string.Equals(Wire.Hmac(Options.ApiSecret, origin), call.Header("X-BAPI-SIGN"), StringComparison.OrdinalIgnoreCase)
            ? null
            : Error(10004, "error sign! origin_string[" + origin + "]");
    }

    private FakeReply TimestampError(long nowMs, long timestamp, long recvWindow) => Error(
        10002,
        "invalid request, please check your server timestamp or recv_window param. req_timestamp[" + Wire.Ms(timestamp) +
        "],server_timestamp[" + Wire.Ms(nowMs) + "],recv_window[" + Wire.Ms(recvWindow) + "]");
}
