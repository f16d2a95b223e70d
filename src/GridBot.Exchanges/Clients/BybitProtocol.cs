using System.Text;
using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Bybit v5 inside the shared pipeline: GET parameters in the query string, POST parameters as a JSON body, signed
/// with HMAC-SHA256 over <c>timestamp + key + recvWindow + (query | body)</c> in the <c>X-BAPI-*</c> headers; errors
/// from the envelope's <c>retCode</c> (HTTP is 200 for most of them).
/// </summary>
/// <param name="time">The clock the venue's reset timestamp is compared with (the system clock when null).</param>
public sealed class BybitProtocol(TimeProvider? time = null) : IVenueProtocol
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

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

    public VenueResponse Read(RestCall call, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300 && BybitJson.ParseObject(body) is null)
        {
            // As on Binance: a placement or cancel may have happened, so its outcome is unknown; a read just failed.
            var kind = call.Endpoint.Method == HttpMethod.Get ? ErrorKind.Other : ErrorKind.UnknownStatus;
            return new VenueResponse(new Error(kind, "MalformedResponse", $"{Venue} {call.Endpoint} answered {status} with a body that is not JSON"));
        }

        var result = BybitErrors.ReadResult(status, body);
        if (result.IsSuccess)
        {
            return new VenueResponse(body);
        }

        var backOff = result.Error.Kind is ErrorKind.RateLimited or ErrorKind.IpBanned ? ResetIn(response, result.Error.Kind) : (TimeSpan?)null;
        return new VenueResponse(result.Error, backOff);
    }

    /// <summary>
    /// Bybit's per-UID limits are per endpoint and reported on every answer (<c>X-Bapi-Limit-Status</c> = calls left,
    /// <c>X-Bapi-Limit-Reset-Timestamp</c> = when the window refills). When none are left, that endpoint waits for the
    /// reset instead of drawing a 10006; the wait is capped (<see cref="MaxEndpointHold"/>) so a skewed clock cannot stall it.
    /// </summary>
    public void ObserveUsage(RestCall call, HttpResponseMessage response, RateLimiter limiter)
    {
        if (ResponseHeaders.Int32(response, "X-Bapi-Limit-Status") is not 0 || ResetAt(response) is not { } reset)
        {
            return;
        }

        var now = _time.GetUtcNow();
        limiter.HoldEndpoint(call.Endpoint, reset < now + MaxEndpointHold ? reset : now + MaxEndpointHold);
    }

    public long ParseServerTime(string body)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("time").GetInt64();
    }

    /// <summary>
    /// Until <c>Retry-After</c>, else the reset Bybit names (<c>X-Bapi-Limit-Reset-Timestamp</c>), else one second for a
    /// rate limit and <see cref="IpBanBackOff"/> for an IP ban (HTTP 403 "access too frequent", retCode 10009): the
    /// docs say such a ban lasts at least ten minutes, and every request sent inside it can extend it.
    /// </summary>
    private TimeSpan ResetIn(HttpResponseMessage response, ErrorKind kind)
    {
        if (ResponseHeaders.RetryAfter(response) is { } retryAfter)
        {
            return retryAfter;
        }

        if (kind == ErrorKind.IpBanned)
        {
            return IpBanBackOff;
        }

        if (ResetAt(response) is { } reset)
        {
            var wait = reset - _time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        return TimeSpan.FromSeconds(1);
    }

    private static DateTimeOffset? ResetAt(HttpResponseMessage response) =>
        ResponseHeaders.Int64(response, "X-Bapi-Limit-Reset-Timestamp") is { } resetMs ? DateTimeOffset.FromUnixTimeMilliseconds(resetMs) : null;
}
