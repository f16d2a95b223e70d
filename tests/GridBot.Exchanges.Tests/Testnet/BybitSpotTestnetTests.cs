using GridBot.Core.Market;

namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>Bybit v5 spot on the testnet (https://api-testnet.bybit.com); skipped without GRIDBOT_TESTNET_BYBIT_KEY/_SECRET.</summary>
public sealed class BybitSpotTestnetTests : TestnetChecks
{
    private protected override TestnetAccount Account => TestnetAccount.Bybit;

    private protected override MarketType Market => MarketType.Spot;

    [TestnetFact(TestnetAccount.Bybit)]
    public Task ServerTime_Sync_SignedCallsAccepted() => ClockSyncsAndSignedCallsAreAccepted();

    [TestnetFact(TestnetAccount.Bybit)]
    public Task GetRules_BtcUsdt_Loaded() => RulesLoad();

    [TestnetFact(TestnetAccount.Bybit)]
    public Task GetBalances_Read_Succeeds() => BalancesRead();

    [TestnetFact(TestnetAccount.Bybit)]
    public Task PostOnlyBuy_FarBelowMarket_PlacedQueriedListedCancelled() => PostOnlyBuyFarBelowIsPlacedFoundListedAndCancelled();

    [TestnetFact(TestnetAccount.Bybit)]
    public Task GetFillsSince_LastHour_ReadsWithoutError() => FillsSinceReadWithoutError();
}
