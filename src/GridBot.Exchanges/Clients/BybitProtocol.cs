using System.Text;
using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Bybit v5 inside the shared pipeline: GET parameters in the query string, POST parameters as a JSON body, signed
/// with HMAC-SHA256 over <c>timestamp + key + recvWindow + (query | body)</c> in the <c>X-BAPI-*</c> headers; errors
/// from the envelope's <c>retCode</c> (HTTP is 200 for most of them). Reset timestamps Bybit sends are venue time: they
/// become durations against the answer's own venue time (<c>Timenow</c> header, else the envelope's <c>time</c>, else
/// the arrival on the client's measured venue clock), never against the host's clock.
/// </summary>
public sealed class BybitProtocol : IVenueProtocol
{
    /// <summary>Bybit's IP limit (600 requests per 5 s) and a conservative 10 orders per second.</summary>
    public static IReadOnlyList<RateLimitRule> DefaultLimits { get; } =
    [
        new(RateLimitKind.Weight, BybitEndpoints.IpLimitWindow, BybitEndpoints.IpLimitRequests),
        new(RateLimitKind.Orders, TimeSpan.FromSeconds(1), 10),
    ];

    /// <summary>How long nothing goes out after an IP ban that names no end (Bybit: "at least 10 minutes").</summary>
    public static TimeSpan IpBanBackOff { get; } = TimeSpan.FromMinutes(10);

    /// <summary>The longest an endpoint waits on a reset Bybit reports in its usage headers (its windows are 1 s).</summary>
    public static TimeSpan MaxEndpointHold { get; } = TimeSpan.FromSeconds(5);

    public string Venue => "Bybit v5";

    public Endpoint TimeEndpoint => BybitEndpoints.ServerTime;

    public HttpRequestMessage Build(Uri baseUrl, RestCall call, ApiCredentials? credentials, long timestampMs, int recvWindowMs)
    {
        var query = call.Query ?? string.Join('&', call.Parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var isGet = call.Endpoint.Method == HttpMethod.Get;
        var uri = new Uri(baseUrl, call.Endpoint.Path + (isGet && query.Length > 0 ? "?" + query : string.Empty));
        var request = new HttpRequestMessage(call.Endpoint.Method, uri);
        var body = isGet ? null : call.JsonBody ?? "{}";
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (credentials is not null)
        {
            foreach (var header in new BybitSigner(credentials, recvWindowMs).Sign(timestampMs, isGet ? query : body!).ToHeaders())
            {
                request.Headers.Add(header.Key, header.Value);
            }
        }

        return request;
    }

    public VenueResponse Read(VenueAnswer answer)
    {
        var status = (int)answer.Response.StatusCode;
        if (status is >= 200 and < 300 && BybitJson.ParseObject(answer.Body) is null)
        {
            // As on Binance: a placement or cancel may have happened, so its outcome is unknown; a read just failed.
            var kind = answer.Call.Endpoint.Method == HttpMethod.Get ? ErrorKind.Other : ErrorKind.UnknownStatus;
            return new VenueResponse(new Error(kind, "MalformedResponse", $"{Venue} {answer.Call.Endpoint} answered {status} with a body that is not JSON"));
        }

        var result = BybitErrors.ReadResult(status, answer.Body);
        if (result.IsSuccess)
        {
            return new VenueResponse(answer.Body);
        }

        var backOff = result.Error.Kind is ErrorKind.RateLimited or ErrorKind.IpBanned ? ResetIn(answer, result.Error.Kind) : (TimeSpan?)null;
        return new VenueResponse(result.Error, backOff);
    }

    /// <summary>
    /// Bybit's per-UID limits are per endpoint and reported on every answer (<c>X-Bapi-Limit-Status</c> = calls left,
    /// <c>X-Bapi-Limit-Reset-Timestamp</c> = when the window refills): the limiter counts that endpoint's calls down from
    /// there (an answer lost to a 5xx or a dropped connection still took one) and holds it at zero until the reset; the
    /// wait is capped (<see cref="MaxEndpointHold"/>).
    /// </summary>
    public void ObserveUsage(VenueAnswer answer, RateLimiter limiter)
    {
        if (ResponseHeaders.Int32(answer.Response, "X-Bapi-Limit-Status") is not { } left || UntilReset(answer) is not { } resetIn)
        {
            return;
        }

        limiter.ReportRemaining(answer.Call.Endpoint, left, resetIn < MaxEndpointHold ? resetIn : MaxEndpointHold);
    }

    public long ParseServerTime(string body)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("time").GetInt64();
    }

    /// <summary>The venue's time when it produced <paramref name="answer"/>: <c>Timenow</c>, else the envelope's <c>time</c>, else its arrival by our venue clock.</summary>
    internal static long VenueTimeOf(VenueAnswer answer) =>
        ResponseHeaders.Int64(answer.Response, "Timenow") ?? EnvelopeTime(answer.Body) ?? answer.VenueNowMs;

    /// <summary>
    /// Until <c>Retry-After</c>, else the reset Bybit names (<c>X-Bapi-Limit-Reset-Timestamp</c>, as a duration from the
    /// answer's venue time), else one second for a rate limit and <see cref="IpBanBackOff"/> for an IP ban (HTTP 403
    /// "access too frequent", retCode 10009): the docs say such a ban lasts at least ten minutes, and every request sent
    /// inside it can extend it.
    /// </summary>
    private static TimeSpan ResetIn(VenueAnswer answer, ErrorKind kind)
    {
        if (ResponseHeaders.RetryAfter(answer.Response) is { } retryAfter)
        {
            return retryAfter;
        }

        if (kind == ErrorKind.IpBanned)
        {
            return IpBanBackOff;
        }

        return UntilReset(answer) is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
    }

    private static TimeSpan? UntilReset(VenueAnswer answer) =>
        ResponseHeaders.Int64(answer.Response, "X-Bapi-Limit-Reset-Timestamp") is { } resetMs
            ? TimeSpan.FromMilliseconds(resetMs - VenueTimeOf(answer))
            : null;

    private static long? EnvelopeTime(string body) =>
        BybitJson.ParseObject(body) is { } root && root.TryGetProperty("time", out var time) && time.ValueKind == JsonValueKind.Number
            && time.TryGetInt64(out var ms) && ms > 0
            ? ms
            : null;
}
