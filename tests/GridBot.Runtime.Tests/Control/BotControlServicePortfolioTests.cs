using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// The portfolio cap: all live bots on a venue together may hold up to 30% of the equity of the account the new bot
/// trades. The fake lists ETHUSDT on spot (at 3 000) and BTCUSDT on futures (at 60 000), so two bots trade different
/// pairs on one venue. With one equity two bots each within the 15% pair cap cannot pass 30%, so here the futures
/// wallet is the smaller account: the ETH grid (~9 900) is 14% of the spot account (70 000); the BTC perp grid (~4 900)
/// is 12% of a 40 000 wallet, within that pair cap (6 000), but together they pass its portfolio cap (12 000).
/// </summary>
public sealed class BotControlServicePortfolioTests(TwoSymbolBinanceFixture fake) : IClassFixture<TwoSymbolBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static CreateBotRequest EthSpot(string botId, string mode = "live") => new()
    {
        BotId = botId, Venue = "binance", Market = "spot", Symbol = "ETHUSDT", Mode = mode,
        Lower = 2_900m, Upper = 3_100m, Levels = 3, QuotePerLevel = 3_300m, Capital = 10_000m,
    };

    private static CreateBotRequest BtcPerp(string botId) => new()
    {
        BotId = botId, Venue = "binance", Market = "perp", Symbol = "BTCUSDT", Mode = "live",
        Lower = 59_000m, Upper = 61_000m, Levels = 2, QuotePerLevel = 2_500m, Capital = 5_000m,
    };

    [Fact]
    public async Task CreateAsync_TwoLivePairsTogetherAbovePortfolioCap_SecondRefused()
    {
        fake.Venue.Futures.SetBalance("USDT", 40_000m);
        fake.SpotEquity.Should().Be(70_000m);
        (3 * 3_300m).Should().BeLessThan(0.15m * fake.SpotEquity, "the ETH grid fits its pair cap");
        (2 * 2_500m).Should().BeLessThan(0.15m * fake.FuturesEquity, "the BTC grid fits its pair cap");
        // The perp step (0.001 BTC) floors each 2 500 level to at least 2 400.
        (3 * 3_300m + 2 * 2_400m).Should().BeGreaterThan(0.30m * fake.FuturesEquity, "together they pass the portfolio cap");
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 4);
        await rig.CreateAsync(EthSpot("eth"));

        var btc = await rig.Control.CreateAsync(BtcPerp("btc"), Ct);

        btc.Outcome.Should().Be(ControlOutcome.InvalidInput, btc.Detail);
        btc.Detail.Should().Contain("portfolio cap").And.Contain(BotControlServiceRolloutTests.Money(0.30m * fake.FuturesEquity));
        (await rig.Control.StateAsync("btc", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
        (await rig.Control.ListAsync(Ct)).Value!.Select(b => b.BotId).Should().Equal("eth");
    }

    [Fact]
    public async Task CreateAsync_TwoLivePairsWithinPortfolioCap_BothAccepted()
    {
        fake.Venue.Futures.SetBalance("USDT", 70_000m);
        (3 * 3_300m + 2 * 2_500m).Should().BeLessThan(0.30m * fake.FuturesEquity);
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 4);
        await rig.CreateAsync(EthSpot("eth"));

        var btc = await rig.Control.CreateAsync(BtcPerp("btc"), Ct);

        btc.Outcome.Should().Be(ControlOutcome.Ok, btc.Detail);
        btc.Value!.Market.Should().Be("Perp");
    }

    [Theory]
    [InlineData("stopped")]
    [InlineData("paper")]
    public async Task CreateAsync_OtherBotStoppedOrPaper_NotCountedInPortfolio(string other)
    {
        fake.Venue.Futures.SetBalance("USDT", 40_000m);
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 4);
        await rig.CreateAsync(EthSpot("eth", mode: other == "paper" ? "paper" : "live"));
        if (other == "stopped")
        {
            (await rig.Control.StopAsync("eth", Ct)).Outcome.Should().Be(ControlOutcome.Ok);
        }

        var btc = await rig.Control.CreateAsync(BtcPerp("btc"), Ct);

        btc.Outcome.Should().Be(ControlOutcome.Ok, btc.Detail);
    }
}
