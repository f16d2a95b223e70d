using GridBot.Core.Market;

namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>Binance spot testnet (https://testnet.binance.vision); skipped without GRIDBOT_TESTNET_BINANCE_KEY/_SECRET.</summary>
public sealed class BinanceSpotTestnetTests : TestnetChecks
{
    private protected override TestnetAccount Account => TestnetAccount.BinanceSpot;

    private protected override MarketType Market => MarketType.Spot;

    [TestnetFact(TestnetAccount.BinanceSpot)]
    public Task ServerTime_Sync_SignedCallsAccepted() => ClockSyncsAndSignedCallsAreAccepted();

    [TestnetFact(TestnetAccount.BinanceSpot)]
    public Task GetRules_BtcUsdt_Loaded() => RulesLoad();

    [TestnetFact(TestnetAccount.BinanceSpot)]
    public Task GetBalances_Read_Succeeds() => BalancesRead();

    [TestnetFact(TestnetAccount.BinanceSpot)]
    public Task PostOnlyBuy_FarBelowMarket_PlacedQueriedListedCancelled() => PostOnlyBuyFarBelowIsPlacedFoundListedAndCancelled();

    [TestnetFact(TestnetAccount.BinanceSpot)]
    public Task GetFillsSince_LastHour_ReadsWithoutError() => FillsSinceReadWithoutError();
}
