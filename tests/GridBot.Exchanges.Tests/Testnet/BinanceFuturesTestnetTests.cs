using GridBot.Core.Market;
using GridBot.Exchanges.Clients;

namespace GridBot.Exchanges.Tests.Testnet;

/// <summary>Binance USDⓈ-M testnet (https://testnet.binancefuture.com); skipped without GRIDBOT_TESTNET_BINANCE_FUTURES_KEY/_SECRET.</summary>
public sealed class BinanceFuturesTestnetTests : TestnetChecks
{
    private protected override TestnetAccount Account => TestnetAccount.BinanceFutures;

    private protected override MarketType Market => MarketType.Perp;

    [TestnetFact(TestnetAccount.BinanceFutures)]
    public Task ServerTime_Sync_SignedCallsAccepted() => ClockSyncsAndSignedCallsAreAccepted();

    [TestnetFact(TestnetAccount.BinanceFutures)]
    public Task GetRules_BtcUsdt_Loaded() => RulesLoad();

    [TestnetFact(TestnetAccount.BinanceFutures)]
    public Task GetBalances_Read_Succeeds() => BalancesRead();

    [TestnetFact(TestnetAccount.BinanceFutures)]
    public Task PostOnlyBuy_FarBelowMarket_PlacedQueriedListedCancelled() => PostOnlyBuyFarBelowIsPlacedFoundListedAndCancelled();

    [TestnetFact(TestnetAccount.BinanceFutures)]
    public Task GetFillsSince_LastHour_ReadsWithoutError() => FillsSinceReadWithoutError();

    [TestnetFact(TestnetAccount.BinanceFutures)]
    public Task GetPosition_BtcUsdt_Reads() => PositionReads();

    [TestnetFact(TestnetAccount.BinanceFutures)]
    public async Task SetLeverage_SameValueTwice_SucceedsBothTimes()
    {
        using var session = Open();
        var exchange = (BinanceExchange)session.Exchange;

        var first = await exchange.SetLeverageAsync(Btc, 5, default);
        var again = await exchange.SetLeverageAsync(Btc, 5, default);

        first.IsSuccess.Should().BeTrue(first.Error?.ToString());
        again.IsSuccess.Should().BeTrue(again.Error?.ToString());
        again.Value.Should().Be(5);
    }
}
