using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Configuration of <see cref="FakeBybit"/>. Defaults follow the official BTCUSDT examples: spot tick 0.1, base
/// precision 0.000001, minOrderAmt 5, maxLimitOrderQty 83; linear tick 0.10, qtyStep 0.001, min 0.001, max 1190,
/// minNotionalValue 5. Order ids are unique for ever (orderLinkId duplicates → 110072).
/// </summary>
public sealed class FakeBybitOptions
{
    public static readonly Symbol BtcUsdt = new("BTC", "USDT");

    public string ApiKey { get; init; } = "fake-bybit-api-key";

    public string ApiSecret { get; init; } = "fake-bybit-api-secret";

    public TimeProvider? Clock { get; init; }

    public SymbolRules SpotRules { get; init; } = new(BtcUsdt, 0.1m, 0.000001m, minQuantity: 0.000011m, maxQuantity: 83m, minNotional: 5m, maxNotional: 8_000_000m, maxOpenOrders: 500);

    public SymbolRules LinearRules { get; init; } = new(BtcUsdt, 0.10m, 0.001m, minQuantity: 0.001m, maxQuantity: 1190m, minNotional: 5m, maxOpenOrders: 500);

    public decimal InitialPrice { get; init; } = 60_000m;

    public IReadOnlyDictionary<string, decimal> SpotBalances { get; init; } = new Dictionary<string, decimal> { ["USDT"] = 10_000m, ["BTC"] = 1m };

    public decimal LinearWalletUsdt { get; init; } = 10_000m;

    public FakeMarketSettings SpotSettings { get; init; } = new(0.001m, 0.001m, DuplicatesAcrossAllOrders: true, PostOnlyCrossRejects: false, FirstOrderId: 1_700_000_000);

    public FakeMarketSettings LinearSettings { get; init; } = new(0.0002m, 0.00055m, DuplicatesAcrossAllOrders: true, PostOnlyCrossRejects: false, FirstOrderId: 2_800_000_000);

    /// <summary>Per private endpoint, 1-second windows on the venue's clock (Bybit's default linear order limit is 10/s).</summary>
    public int RequestsPerSecond { get; init; } = 10;

    /// <summary>Per-second limits of single endpoints by path (e.g. "/v5/order/create" → 5), instead of <see cref="RequestsPerSecond"/>.</summary>
    public IReadOnlyDictionary<string, int> EndpointLimits { get; init; } = new Dictionary<string, int>();

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
    /// At most this many items per page on every paged endpoint (null: the venue's documented maximum). Bybit pages by
    /// <c>nextPageCursor</c>: order/realtime, order/history and execution/list.
    /// </summary>
    public int? PageSize { get; init; }

    /// <summary>Hedge mode: position/list shows positionIdx 1 and 2 for the linear symbol (the bot refuses it).</summary>
    public bool HedgeMode { get; init; }
}
