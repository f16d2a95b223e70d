using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// A fake Binance whose spot market lists ETHUSDT (at 3 000) and whose futures market lists BTCUSDT (at 60 000): two
/// symbols on one venue, for the portfolio cap. Spot account 70 000 USDT, futures wallet 70 000 USDT.
/// </summary>
public sealed class TwoSymbolBinanceFixture : FakeBinanceFixture
{
    public static readonly Symbol EthUsdt = new("ETH", "USDT");

    protected override FakeBinanceOptions Options() => new()
    {
        Clock = TimeProvider.System,
        SpotRules = new SymbolRules(EthUsdt, 0.01m, 0.00001m, minQuantity: 0.00001m, maxQuantity: 9000m, minNotional: 5m, maxNotional: 9_000_000m, maxOpenOrders: 200),
        SpotBalances = new Dictionary<string, decimal> { ["USDT"] = 70_000m },
        FuturesWalletUsdt = 70_000m,
    };

    protected override void Prepare(FakeBinance venue) => venue.Spot.LastPrice = 3_000m;
}
