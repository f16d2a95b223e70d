using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Configuration of <see cref="FakeBinance"/>. Defaults are the real BTCUSDT rules: spot tick 0.01, step 0.00001,
/// NOTIONAL min 5, PERCENT_PRICE_BY_SIDE 5/0.2, MAX_NUM_ORDERS 200; USDⓈ-M tick 0.10, step 0.001, min notional 100.
/// </summary>
public sealed class FakeBinanceOptions
{
    public static readonly Symbol BtcUsdt = new("BTC", "USDT");

    public string ApiKey { get; init; } = "fake-binance-api-key";

    public string ApiSecret { get; init; } = "fake-binance-api-secret";

    /// <summary>Venue clock; defaults to a new <see cref="FakeVenueClock"/>.</summary>
    public TimeProvider? Clock { get; init; }

    public SymbolRules SpotRules { get; init; } = new(
        BtcUsdt, 0.01m, 0.00001m, minQuantity: 0.00001m, maxQuantity: 9000m, minNotional: 5m, maxNotional: 9_000_000m,
        percentPrice: new PercentPriceBand(5m, 0.2m, 5m, 0.2m), maxOpenOrders: 200);

    public SymbolRules FuturesRules { get; init; } = new(
        BtcUsdt, 0.10m, 0.001m, minQuantity: 0.001m, maxQuantity: 1000m, minNotional: 100m, maxOpenOrders: 200);

    public decimal MinPrice { get; init; } = 0.01m;

    public decimal MaxPrice { get; init; } = 1_000_000m;

    public decimal InitialPrice { get; init; } = 60_000m;

    public IReadOnlyDictionary<string, decimal> SpotBalances { get; init; } = new Dictionary<string, decimal> { ["USDT"] = 10_000m, ["BTC"] = 1m };

    public decimal FuturesWalletUsdt { get; init; } = 10_000m;

    public FakeMarketSettings SpotSettings { get; init; } = new(0.001m, 0.001m, DuplicatesAcrossAllOrders: false, PostOnlyCrossRejects: true);

    public FakeMarketSettings FuturesSettings { get; init; } =
        new(0.0002m, 0.0005m, DuplicatesAcrossAllOrders: false, PostOnlyCrossRejects: true, FirstOrderId: 5_000_000);

    public int WeightLimitPerMinute { get; init; } = 6000;

    /// <summary>
    /// When set, the ORDERS limit per 10 s that exchangeInfo publishes and the venue enforces, counting every placement
    /// that arrives (also one it then answers with a 5xx or drops); over it, 429 -1015 with Retry-After until the
    /// window ends. Null: exchangeInfo publishes Binance's defaults, and only successful placements are counted.
    /// </summary>
    public int? OrdersPer10Seconds { get; init; }

    /// <summary>
    /// How far the venue's clock runs ahead of the host's (negative: behind). Everything the venue times — server time,
    /// the recvWindow check, order, trade and execution times, rate-limit windows, reset timestamps, Retry-After
    /// back-offs — runs on host time plus this; <see cref="FakeVenueHost.HostClock"/> is the clock to give a client.
    /// </summary>
    public TimeSpan ClockOffset { get; init; }

    /// <summary>A request that arrives inside a back-off the venue announced is refused again (not only marked).</summary>
    public bool RefuseDuringBackoff { get; init; }

    /// <summary>False: 5xx and timeout answers carry no usage headers, so a client must count such requests itself.</summary>
    public bool UsageHeadersOnFaults { get; init; } = true;

    /// <summary>
    /// At most this many items per page on every paged endpoint (null: the venue's documented maximum). Binance pages
    /// by id and time, so a client must ask for pages this small to know where they end: <c>myTrades</c>/<c>userTrades</c>
    /// and <c>allOrders</c> (openOrders is not paged).
    /// </summary>
    public int? PageSize { get; init; }

    /// <summary>The futures account's position mode as <c>positionSide/dual</c> reports it (the bot refuses hedge mode).</summary>
    public bool HedgeMode { get; init; }
}
