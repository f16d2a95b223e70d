using GridBot.Core.Market;
using GridBot.Exchanges.Clients;

namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>Bybit v5 linear (USDT perpetual) on the testnet; skipped without GRIDBOT_TESTNET_BYBIT_KEY/_SECRET.</summary>
public sealed class BybitLinearTestnetTests : TestnetChecks
{
    private protected override TestnetAccount Account => TestnetAccount.Bybit;

    private protected override MarketType Market => MarketType.Perp;

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

    [TestnetFact(TestnetAccount.Bybit)]
    public Task GetPosition_BtcUsdt_Reads() => PositionReads();

    /// <summary>The second call answers retCode 110043 "Set leverage not modified", which the client counts as success.</summary>
    [TestnetFact(TestnetAccount.Bybit)]
    public async Task SetLeverage_SameValueTwice_SucceedsBothTimes()
    {
        using var session = Open();
        var exchange = (BybitExchange)session.Exchange;

        var first = await exchange.SetLeverageAsync(Btc, 5, default);
        var again = await exchange.SetLeverageAsync(Btc, 5, default);

        first.IsSuccess.Should().BeTrue(first.Error?.ToString());
        again.IsSuccess.Should().BeTrue(again.Error?.ToString());
    }
}
