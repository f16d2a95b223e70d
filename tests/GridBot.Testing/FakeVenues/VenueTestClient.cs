using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GridBot.Testing.FakeVenues;

/// <summary>A plain HttpClient with the test's own signing (separate from the fakes' verification and from the real clients).</summary>
internal sealed class VenueTestClient : IDisposable
{
    private readonly HttpClient _http;

    public VenueTestClient(Uri baseUrl, string apiKey, string apiSecret, TimeProvider clock, TimeSpan? timeout = null)
    {
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(5) };
        ApiKey = apiKey;
        ApiSecret = apiSecret;
        Clock = clock;
    }

    public string ApiKey { get; set; }

    public string ApiSecret { get; set; }

    public TimeProvider Clock { get; }

    public long NowMs => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public static VenueTestClient For(FakeBinance venue, TimeSpan? timeout = null) =>
        new(venue.BaseUrl, venue.Options.ApiKey, venue.Options.ApiSecret, venue.Clock, timeout);

    public static VenueTestClient For(FakeBybit venue, TimeSpan? timeout = null) =>
        new(venue.BaseUrl, venue.Options.ApiKey, venue.Options.ApiSecret, venue.Clock, timeout);

    public static string Sign(string secret, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(payload)));

    public Task<VenueResponse> GetAsync(string pathAndQuery) => SendAsync(new HttpRequestMessage(HttpMethod.Get, pathAndQuery));

    /// <summary>Binance SIGNED: appends timestamp (venue now + <paramref name="timestampOffsetMs"/>) and the signature to the query.</summary>
    public Task<VenueResponse> BinanceAsync(HttpMethod method, string path, string query, long timestampOffsetMs = 0, string? body = null)
    {
        var full = (query.Length == 0 ? string.Empty : query + "&") + "timestamp=" + Ms(NowMs + timestampOffsetMs);
        var signature = Sign(ApiSecret, full + (body ?? string.Empty));
        var request = new HttpRequestMessage(method, path + "?" + full + "&signature=" + signature);
        request.Headers.Add("X-MBX-APIKEY", ApiKey);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        return SendAsync(request);
    }

    /// <summary>Bybit private GET: signs timestamp + key + recvWindow + query.</summary>
    public Task<VenueResponse> BybitGetAsync(string path, string query, long timestampOffsetMs = 0) =>
        SendAsync(Bybit(HttpMethod.Get, path + "?" + query, query, timestampOffsetMs));

    /// <summary>Bybit private POST: signs timestamp + key + recvWindow + the exact JSON body.</summary>
    public Task<VenueResponse> BybitPostAsync(string path, string json, long timestampOffsetMs = 0)
    {
        var request = Bybit(HttpMethod.Post, path, json, timestampOffsetMs);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return SendAsync(request);
    }

    public void Dispose() => _http.Dispose();

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);

    private HttpRequestMessage Bybit(HttpMethod method, string target, string payload, long timestampOffsetMs)
    {
        var timestamp = Ms(NowMs + timestampOffsetMs);
        var request = new HttpRequestMessage(method, target);
        request.Headers.Add("X-BAPI-API-KEY", ApiKey);
        request.Headers.Add("X-BAPI-TIMESTAMP", timestamp);
        request.Headers.Add("X-BAPI-RECV-WINDOW", "5000");
        request.Headers.Add("X-BAPI-SIGN", Sign(ApiSecret, timestamp + ApiKey + "5000" + payload));
        return request;
    }

    private async Task<VenueResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request);
            var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            return new VenueResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), headers);
        }
    }
}
