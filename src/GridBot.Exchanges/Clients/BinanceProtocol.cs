using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Binance (spot <c>/api/v3</c> and USDⓈ-M <c>/fapi</c>) inside the shared pipeline: parameters in the query string,
/// signed with HMAC-SHA256 over it and sent with <c>X-MBX-APIKEY</c> (key-only endpoints: the header, no signature); errors from the <c>{code,msg}</c> body and HTTP
/// status; weight and order counts from the <c>X-MBX-*</c> headers.
/// </summary>
public sealed class BinanceProtocol(MarketType market) : IVenueProtocol
{
    public string Venue => market == MarketType.Spot ? "Binance spot" : "Binance USDⓈ-M";

    public Endpoint TimeEndpoint => market == MarketType.Spot ? BinanceEndpoints.SpotTime : BinanceEndpoints.FuturesTime;

    public HttpRequestMessage Build(Uri baseUrl, RestCall call, ApiCredentials? credentials, long timestampMs, int recvWindowMs)
    {
        // USER_STREAM endpoints (listenKey) take the key header but no timestamp or signature.
        var query = credentials is null || !call.Endpoint.Signed
            ? BinanceSigner.Encode(call.Parameters)
            : new BinanceSigner(credentials.ApiSecret).SignedQuery(call.Parameters, timestampMs, recvWindowMs);
        var uri = new Uri(baseUrl, call.Endpoint.Path + (query.Length > 0 ? "?" + query : string.Empty));
        var request = new HttpRequestMessage(call.Endpoint.Method, uri);
        if (credentials is not null)
        {
            request.Headers.Add("X-MBX-APIKEY", credentials.ApiKey);
        }

        return request;
    }

    /// <summary>A 429/418 backs off for its <c>Retry-After</c> (a duration: it is counted from the answer's arrival, on the host's clock).</summary>
    public VenueResponse Read(VenueAnswer answer)
    {
        var (call, response, body) = (answer.Call, answer.Response, answer.Body);
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            if (IsJson(body))
            {
                return new VenueResponse(body);
            }

            // A 2xx we cannot read: a placement may have happened, so its outcome is unknown.
            var kind = call.Endpoint.Method == HttpMethod.Get ? ErrorKind.Other : ErrorKind.UnknownStatus;
            return new VenueResponse(new Error(kind, "MalformedResponse", $"{Venue} {call.Endpoint} answered {status} with a body that is not JSON"));
        }

        var mapped = BinanceErrors.Map(status, body, ResponseHeaders.RetryAfter(response));
        if (mapped.RetryAfter is null && BinanceErrors.FullOrderWindow(mapped.Error) is { } window)
        {
            // The order count is spent, not the request weight: hold new orders until the window named ends.
            return new VenueResponse(mapped.Error, FullOrderWindow: window);
        }

        var backOff = mapped.Error.Kind is ErrorKind.RateLimited or ErrorKind.IpBanned ? mapped.RetryAfter ?? TimeSpan.FromSeconds(60) : (TimeSpan?)null;
        return new VenueResponse(mapped.Error, backOff);
    }

    public void ObserveUsage(VenueAnswer answer, RateLimiter limiter)
    {
        var response = answer.Response;
        Report(response, limiter, "X-MBX-USED-WEIGHT-1M", RateLimitKind.Weight, TimeSpan.FromMinutes(1));
        Report(response, limiter, "X-MBX-ORDER-COUNT-10S", RateLimitKind.Orders, TimeSpan.FromSeconds(10));
        Report(response, limiter, "X-MBX-ORDER-COUNT-1M", RateLimitKind.Orders, TimeSpan.FromMinutes(1));
        Report(response, limiter, "X-MBX-ORDER-COUNT-1D", RateLimitKind.Orders, TimeSpan.FromDays(1));
    }

    public long ParseServerTime(string body)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("serverTime").GetInt64();
    }

    /// <summary>Binance's published defaults, used until exchangeInfo's rateLimits replace them.</summary>
    public static IReadOnlyList<RateLimitRule> DefaultLimits(MarketType market) => market == MarketType.Spot
        ?
        [
            new(RateLimitKind.Weight, TimeSpan.FromMinutes(1), 6000),
            new(RateLimitKind.Orders, TimeSpan.FromSeconds(10), 100),
            new(RateLimitKind.Orders, TimeSpan.FromDays(1), 200_000),
        ]
        :
        [
            new(RateLimitKind.Weight, TimeSpan.FromMinutes(1), 2400),
            new(RateLimitKind.Orders, TimeSpan.FromSeconds(10), 300),
            new(RateLimitKind.Orders, TimeSpan.FromMinutes(1), 1200),
        ];

    private static void Report(HttpResponseMessage response, RateLimiter limiter, string header, RateLimitKind kind, TimeSpan window)
    {
        if (ResponseHeaders.Int32(response, header) is { } used)
        {
            limiter.ReportUsed(kind, window, used);
        }
    }

    private static bool IsJson(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
