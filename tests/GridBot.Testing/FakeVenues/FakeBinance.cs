using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// A local Binance: spot under /api/v3 and USDⓈ-M futures under /fapi, one symbol (BTCUSDT by default), HMAC
/// signatures and recvWindow checked as Binance does, filters and error codes as Binance returns them, used-weight
/// and order-count headers, user data over WebSockets on the same port (FakeBinance.Streams.cs), and
/// <see cref="FakeVenueHost.Faults"/> for injected failures. Start with
/// <see cref="StartAsync"/>; dispose to stop.
/// </summary>
public sealed partial class FakeBinance : FakeVenueHost
{
    private readonly Dictionary<string, Route> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _usageGate = new();
    private long _autoClientIds;
    private readonly Dictionary<MarketType, Usage> _usage = new()
    {
        [MarketType.Spot] = new Usage(new WindowCounter(60_000), new WindowCounter(10_000), new WindowCounter(86_400_000), "1D"),
        [MarketType.Perp] = new Usage(new WindowCounter(60_000), new WindowCounter(10_000), new WindowCounter(60_000), "1M"),
    };

    private FakeBinance(FakeBinanceOptions options, TimeProvider clock, TimeProvider hostClock)
        : base(clock, hostClock)
    {
        Options = options;
        RefuseDuringBackoff = options.RefuseDuringBackoff;
        UsageHeadersOnFaults = options.UsageHeadersOnFaults;
        Spot = new FakeMarket(MarketType.Spot, options.SpotRules, options.InitialPrice, clock, options.SpotSettings);
        Futures = new FakeMarket(MarketType.Perp, options.FuturesRules, options.InitialPrice, clock, options.FuturesSettings);
        foreach (var (asset, amount) in options.SpotBalances)
        {
            Spot.SetBalance(asset, amount);
        }

        Futures.SetBalance(options.FuturesRules.Symbol.QuoteAsset, options.FuturesWalletUsdt);
        MapMarketRoutes();
        MapOrderRoutes();
        MapAccountRoutes();
        MapStreamRoutes();
    }

    public FakeBinanceOptions Options { get; }

    public FakeMarket Spot { get; }

    /// <summary>The USDⓈ-M perpetual (one-way mode).</summary>
    public FakeMarket Futures { get; }

    public FakeBars Bars { get; } = new();

    public static async Task<FakeBinance> StartAsync(FakeBinanceOptions? options = null)
    {
        options ??= new FakeBinanceOptions();
        var host = options.Clock ?? new FakeVenueClock();
        var venue = new FakeBinance(options, options.ClockOffset == TimeSpan.Zero ? host : new OffsetClock(host, options.ClockOffset), host);
        await venue.StartHostAsync();
        return venue;
    }

    /// <summary>A trade prints at <paramref name="price"/> on spot and futures alike (see <see cref="FakeMarket.Trade"/>).</summary>
    public IReadOnlyList<FakeFill> Trade(decimal price, decimal maxQuantity = decimal.MaxValue) =>
        [.. Spot.Trade(price, maxQuantity), .. Futures.Trade(price, maxQuantity)];

    public int UsedWeight(MarketType market)
    {
        lock (_usageGate)
        {
            return _usage[market].Weight.Peek(NowMs);
        }
    }

    internal override FakeReply Handle(FakeCall call)
    {
        if (!_routes.TryGetValue(RouteKey(call.Method, call.Path), out var route))
        {
            return Error(404, -1000, "Unknown endpoint " + call.Method + " " + call.Path);
        }

        if (route.Signed && Authenticate(call) is { } rejection)
        {
            return rejection;
        }

        return route.Handler(call, route.Market == MarketType.Spot ? Spot : Futures);
    }

    internal override FakeReply? Admit(FakeCall call)
    {
        var route = _routes.GetValueOrDefault(RouteKey(call.Method, call.Path));
        var market = route?.Market ?? MarketOf(call.Path);
        var limit = market == MarketType.Spot ? Options.WeightLimitPerMinute : Math.Min(Options.WeightLimitPerMinute, 2400);
        int used, retryAfter;
        lock (_usageGate)
        {
            var weight = _usage[market].Weight;
            used = weight.Add(call.NowMs, route?.Weight ?? 1);
            retryAfter = weight.SecondsLeft(call.NowMs);
        }

        if (used > limit)
        {
            BackOff(retryAfter);
            return TooMuchWeight(limit).WithHeader("Retry-After", Wire.Ms(retryAfter));
        }

        return route is { IsOrder: true } && call.Method == "POST" && Options.OrdersPer10Seconds is { } orderLimit ? AdmitOrder(call, market, orderLimit) : null;
    }

    internal override FakeReply BackoffRefusal(FakeCall call, long untilMs) =>
        TooMuchWeight(Options.WeightLimitPerMinute).WithHeader("Retry-After", Wire.Ms(Math.Max(1, (untilMs - call.NowMs + 999) / 1000)));

    internal override FakeReply Decorate(FakeCall call, FakeReply reply)
    {
        var route = _routes.GetValueOrDefault(RouteKey(call.Method, call.Path));
        lock (_usageGate)
        {
            var usage = _usage[route?.Market ?? MarketOf(call.Path)];
            reply = reply.WithHeader("X-MBX-USED-WEIGHT-1M", Wire.Ms(usage.Weight.Peek(call.NowMs)));
            if (route is { IsOrder: true } && call.Method == "POST")
            {
                reply = reply
                    .WithHeader("X-MBX-ORDER-COUNT-10S", Wire.Ms(usage.Orders10S.Peek(call.NowMs)))
                    .WithHeader("X-MBX-ORDER-COUNT-" + usage.LongName, Wire.Ms(usage.OrdersLong.Peek(call.NowMs)));
            }
        }

        return reply;
    }

    internal override FakeReply FaultReply(FakeCall call, Fault fault)
    {
        var retryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return fault.Kind switch
        {
            FaultKind.ServerError when fault.AfterProcessing =>
                Error(fault.StatusCode, -1006, "An unexpected response was received from the message bus. Execution status unknown."),
            FaultKind.ServerError => Error(fault.StatusCode, -1001, "Internal error; unable to process your request. Please try again."),
            FaultKind.Timeout => Error(fault.StatusCode, -1007, "Timeout waiting for response from backend server. Send status unknown; execution status unknown."),
            FaultKind.RateLimited => TooMuchWeight(Options.WeightLimitPerMinute).WithHeader("Retry-After", retryAfter),
            FaultKind.TooManyOrders => Error(429, -1015, $"Too many new orders; current limit is 100 orders per {retryAfter} SECOND."),
            FaultKind.IpBanned => Error(418, -1003, "Way too much request weight used; IP banned until " +
                Wire.Ms(call.NowMs + (fault.RetryAfterSeconds * 1000L)) + ". Please use WebSocket Streams for live updates to avoid bans.")
                .WithHeader("Retry-After", retryAfter),
            _ => Error(400, -1021, "Timestamp for this request is outside of the recvWindow."),
        };
    }

    internal static FakeReply Error(int statusCode, int code, string message) => FakeReply.Json(new { code, msg = message }, statusCode, code);

    private static FakeReply TooMuchWeight(int limit) => Error(429, -1003, "Too much request weight used; current limit is " +
        Wire.Ms(limit) + " request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.");

    private static MarketType MarketOf(string path) => path.StartsWith("/fapi", StringComparison.OrdinalIgnoreCase) ? MarketType.Perp : MarketType.Spot;

    private static string RouteKey(string method, string path) => method + " " + path;

    private void Map(string method, string path, int weight, bool signed, Func<FakeCall, FakeMarket, FakeReply> handler, bool isOrder = false) =>
        _routes[RouteKey(method, path)] = new Route(MarketOf(path), weight, signed, isOrder, handler);

    /// <summary>With an enforced order limit every placement that arrives counts, whatever then happens to it.</summary>
    private FakeReply? AdmitOrder(FakeCall call, MarketType market, int limit)
    {
        int used, retryAfter;
        lock (_usageGate)
        {
            var usage = _usage[market];
            used = usage.Orders10S.Add(call.NowMs, 1);
            usage.OrdersLong.Add(call.NowMs, 1);
            retryAfter = usage.Orders10S.SecondsLeft(call.NowMs);
        }

        return used <= limit
            ? null
            : Error(429, -1015, "Too many new orders; current limit is " + Wire.Ms(limit) + " orders per 10 SECOND.").WithHeader("Retry-After", Wire.Ms(retryAfter));
    }

    private void CountOrder(FakeMarket market)
    {
        if (Options.OrdersPer10Seconds is not null)
        {
            return; // counted on arrival
        }

        lock (_usageGate)
        {
            var usage = _usage[market.Type];
            usage.Orders10S.Add(NowMs, 1);
            usage.OrdersLong.Add(NowMs, 1);
        }
    }

    private sealed record Route(MarketType Market, int Weight, bool Signed, bool IsOrder, Func<FakeCall, FakeMarket, FakeReply> Handler);

    private sealed record Usage(WindowCounter Weight, WindowCounter Orders10S, WindowCounter OrdersLong, string LongName);
}
