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

    /// <summary>Per private endpoint, rolling 1-second window (Bybit's default linear order limit is 10/s).</summary>
    public int RequestsPerSecond { get; init; } = 10;

    /// <summary>Hedge mode: position/list shows positionIdx 1 and 2 for the linear symbol (the bot refuses it).</summary>
    public bool HedgeMode { get; init; }
}
