using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// A local Bybit v5 (categories spot and linear, one symbol): the {retCode, retMsg, result, retExtInfo, time} envelope
/// with HTTP 200 for business errors, X-BAPI-* header signing, per-endpoint rate limits with X-Bapi-Limit-* headers,
/// the private WebSocket stream on the same port (FakeBybit.Streams.cs), and <see cref="FakeVenueHost.Faults"/>. Start with <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed partial class FakeBybit : FakeVenueHost
{
    private readonly Dictionary<string, Route> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _limitGate = new();
    private readonly Dictionary<string, WindowCounter> _limits = new(StringComparer.OrdinalIgnoreCase);

    private FakeBybit(FakeBybitOptions options, TimeProvider clock, TimeProvider hostClock)
        : base(clock, hostClock)
    {
        Options = options;
        RefuseDuringBackoff = options.RefuseDuringBackoff;
        UsageHeadersOnFaults = options.UsageHeadersOnFaults;
        Spot = new FakeMarket(MarketType.Spot, options.SpotRules, options.InitialPrice, clock, options.SpotSettings);
        Linear = new FakeMarket(MarketType.Perp, options.LinearRules, options.InitialPrice, clock, options.LinearSettings);
        foreach (var (asset, amount) in options.SpotBalances)
        {
            Spot.SetBalance(asset, amount);
        }

        Linear.SetBalance(options.LinearRules.Symbol.QuoteAsset, options.LinearWalletUsdt);
        MapMarketRoutes();
        MapOrderRoutes();
        MapAccountRoutes();
        MapStreams();
    }

    public FakeBybitOptions Options { get; }

    public FakeMarket Spot { get; }

    public FakeMarket Linear { get; }

    public FakeBars Bars { get; } = new();

    public static async Task<FakeBybit> StartAsync(FakeBybitOptions? options = null)
    {
        options ??= new FakeBybitOptions();
        var host = options.Clock ?? new FakeVenueClock();
        var venue = new FakeBybit(options, options.ClockOffset == TimeSpan.Zero ? host : new OffsetClock(host, options.ClockOffset), host);
        await venue.StartHostAsync();
        return venue;
    }

    /// <summary>A trade prints at <paramref name="price"/> on spot and linear alike (see <see cref="FakeMarket.Trade"/>).</summary>
    public IReadOnlyList<FakeFill> Trade(decimal price, decimal maxQuantity = decimal.MaxValue) =>
        [.. Spot.Trade(price, maxQuantity), .. Linear.Trade(price, maxQuantity)];

    internal override FakeReply Handle(FakeCall call)
    {
        if (!_routes.TryGetValue(call.Method + " " + call.Path, out var route))
        {
            return new FakeReply(404, "{\"retCode\":10017,\"retMsg\":\"Route not found\"}", 10017);
        }

        if (route.Signed && Authenticate(call) is { } rejection)
        {
            return rejection;
        }

        return route.Handler(call);
    }

    internal override FakeReply? Admit(FakeCall call)
    {
        if (!IsLimited(call))
        {
            return null;
        }

        lock (_limitGate)
        {
            var used = Counter(call.Path).Add(call.NowMs, 1);
            return used > LimitOf(call.Path) ? Error(10006, "Too many visits. Exceeded the API Rate Limit.") : null;
        }
    }

    internal override FakeReply BackoffRefusal(FakeCall call, long untilMs) => Error(10006, "Too many visits. Exceeded the API Rate Limit.")
        .WithHeader("X-Bapi-Limit", Wire.Ms(LimitOf(call.Path)))
        .WithHeader("X-Bapi-Limit-Status", "0")
        .WithHeader("X-Bapi-Limit-Reset-Timestamp", Wire.Ms(untilMs));

    internal override FakeReply Decorate(FakeCall call, FakeReply reply)
    {
        // A 10006 already names its own reset time (when the ban ends); the per-second window must not overwrite it.
        if (!IsLimited(call) || reply.Headers.ContainsKey("X-Bapi-Limit-Reset-Timestamp"))
        {
            return reply;
        }

        lock (_limitGate)
        {
            var used = Counter(call.Path).Peek(call.NowMs);
            var limit = LimitOf(call.Path);
            return reply
                .WithHeader("X-Bapi-Limit", Wire.Ms(limit))
                .WithHeader("X-Bapi-Limit-Status", Wire.Ms(Math.Max(0, limit - used)))
                .WithHeader("X-Bapi-Limit-Reset-Timestamp", Wire.Ms(((call.NowMs / 1000) + 1) * 1000));
        }
    }

    internal override FakeReply FaultReply(FakeCall call, Fault fault) => fault.Kind switch
    {
        FaultKind.ServerError or FaultKind.Timeout => new FakeReply(fault.StatusCode, "<html><body><h1>" + Wire.Ms(fault.StatusCode) + " Bad Gateway</h1></body></html>"),
        FaultKind.RateLimited or FaultKind.TooManyOrders => Error(10006, "Too many visits. Exceeded the API Rate Limit.")
            .WithHeader("X-Bapi-Limit", Wire.Ms(LimitOf(call.Path)))
            .WithHeader("X-Bapi-Limit-Status", "0")
            .WithHeader("X-Bapi-Limit-Reset-Timestamp", Wire.Ms(call.NowMs + (fault.RetryAfterSeconds * 1000L))),
        FaultKind.IpBanned => new FakeReply(403, "Access Denied"),
        _ => TimestampError(call.NowMs, call.NowMs - 60_000, 5000),
    };

    internal FakeReply Ok(object result, long? nowMs = null) =>
        FakeReply.Json(new { retCode = 0, retMsg = "OK", result, retExtInfo = new { }, time = nowMs ?? NowMs });

    internal FakeReply Error(int retCode, string message) =>
        FakeReply.Json(new { retCode, retMsg = message, result = new { }, retExtInfo = new { }, time = NowMs }, 200, retCode);

    private int LimitOf(string path) => Options.EndpointLimits.TryGetValue(path, out var limit) ? limit : Options.RequestsPerSecond;

    private bool IsLimited(FakeCall call) => _routes.TryGetValue(call.Method + " " + call.Path, out var route) && route.Signed;

    private WindowCounter Counter(string path)
    {
        if (!_limits.TryGetValue(path, out var counter))
        {
            counter = new WindowCounter(1000);
            _limits[path] = counter;
        }

        return counter;
    }

    private void Map(string method, string path, bool signed, Func<FakeCall, FakeReply> handler) =>
        _routes[method + " " + path] = new Route(signed, handler);

    /// <summary>The market named by "category" (spot | linear), or a 10001 answer.</summary>
    private FakeReply? Category(FakeCall call, out FakeMarket market)
    {
        (market, var known) = call.Param("category") switch
        {
            "spot" => (Spot, true),
            "linear" => (Linear, true),
            _ => (Spot, false),
        };
        if (!known)
        {
            return Error(10001, "params error: Category is invalid");
        }

        return call.Param("symbol") is { } symbol && symbol != market.Rules.Symbol.Name ? Error(10001, "params error: symbol invalid") : null;
    }

    private sealed record Route(bool Signed, Func<FakeCall, FakeReply> Handler);
}
