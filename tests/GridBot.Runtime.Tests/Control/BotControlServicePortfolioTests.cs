using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// The portfolio cap: all live bots on one account (venue and market) together may hold up to 30% of its equity. The
/// fake lists one symbol per market, so the other pair's bot (ETHUSDT, Binance spot, live) is created through the
/// runtime directly, as a bot created earlier would be. The spot account is 70 000 (10 000 USDT + 1 BTC at 60 000);
/// the per-pair cap is raised to 25% so that one more pair, within its own cap, can pass the portfolio cap.
/// </summary>
public sealed class BotControlServicePortfolioTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly Symbol EthUsdt = new("ETH", "USDT");

    // ETH grid: sells of 3 300 / 2 900 = 1.1379 ETH at 3 000 and 3 300 / 3 000 = 1.1 ETH at 3 100 ≈ 6 824.
    private static readonly GridSpec EthGrid = new(2_900m, 3_100m, 3, GridSpacing.Arithmetic, LevelSizing.Quote(3_300m));

    // BTC grid: 4 sells of about 3 930 ≈ 15 700, each order within stage 4's 7 000, the pair within 25% (17 500).
    private static CreateBotRequest BtcSpot(string botId) => new()
    {
        BotId = botId, Venue = "binance", Market = "spot", Symbol = "BTCUSDT", Mode = "live",
        Lower = 59_000m, Upper = 61_000m, Levels = 5, QuotePerLevel = 3_900m, Capital = 16_000m,
    };

    [Fact]
    public async Task CreateAsync_TwoLivePairsTogetherAbovePortfolioCap_SecondRefused()
    {
        fake.SpotEquity.Should().Be(70_000m);
        await using var rig = await Rig();
        var eth = await CreateEthAsync(rig, "eth", paper: false);
        var btcNotional = ExposurePolicy.GridNotional(GridLayout.Create(BtcGrid(), fake.Venue.Spot.Rules).Value);
        btcNotional.Should().BeLessThan(0.25m * fake.SpotEquity, "the BTC grid fits its pair cap");
        (eth + btcNotional).Should().BeGreaterThan(0.30m * fake.SpotEquity, "together they pass the portfolio cap");

        var btc = await rig.Control.CreateAsync(BtcSpot("btc"), Ct);

        btc.Outcome.Should().Be(ControlOutcome.InvalidInput, btc.Detail);
        btc.Detail.Should().Contain("portfolio cap").And.Contain(BotControlServiceRolloutTests.Money(0.30m * fake.SpotEquity));
        (await rig.Control.StateAsync("btc", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
        (await rig.Control.ListAsync(Ct)).Value!.Select(b => b.BotId).Should().Equal("eth");
    }

    [Theory]
    [InlineData("stopped")]
    [InlineData("paper")]
    public async Task CreateAsync_OtherBotStoppedOrPaper_NotCountedInPortfolio(string other)
    {
        await using var rig = await Rig();
        await CreateEthAsync(rig, "eth", paper: other == "paper");
        if (other == "stopped")
        {
            (await rig.Control.StopAsync("eth", Ct)).Outcome.Should().Be(ControlOutcome.Ok);
        }

        var btc = await rig.Control.CreateAsync(BtcSpot("btc"), Ct);

        btc.Outcome.Should().Be(ControlOutcome.Ok, btc.Detail);
    }

    [Fact]
    public async Task CreateAsync_OtherAccountsBots_NotCountedInThisAccountsPortfolio()
    {
        await using var rig = await Rig();
        await CreateEthAsync(rig, "eth", paper: false, market: MarketType.Perp);

        var btc = await rig.Control.CreateAsync(BtcSpot("btc"), Ct);

        btc.Outcome.Should().Be(ControlOutcome.Ok, btc.Detail);
    }

    private static GridSpec BtcGrid() => new(59_000m, 61_000m, 5, GridSpacing.Arithmetic, LevelSizing.Quote(3_900m));

    private Task<ControlRig> Rig() => ControlRig.StartAsync(fake.Venue, rolloutStage: 4, configure: o => o.Exposure.PerPairFraction = 0.25m);

    /// <summary>A live ETHUSDT bot saved through the runtime; returns its grid's exposure.</summary>
    private static async Task<decimal> CreateEthAsync(ControlRig rig, string botId, bool paper, MarketType market = MarketType.Spot)
    {
        var rules = new SymbolRules(EthUsdt, 0.01m, 0.0001m, minNotional: 5m);
        var config = new BotConfig(botId, Venue.Binance, market, rules, EthGrid, 10_000m, FeeSchedule.Default, RiskDefaults.For(10_000m), paper);
        (await rig.Runtime.SendAndWaitAsync(botId, new CreateBot(config), Ct)).Rejection.Should().BeNull();
        return ExposurePolicy.GridNotional(config);
    }
}
