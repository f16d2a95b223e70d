using GridBot.Core.Configuration;

namespace GridBot.Core.Tests.Configuration;

public class GridBotOptionsValidationTests
{
    private static readonly Dictionary<string, Action<GridBotOptions>> Breakages = new()
    {
        ["GridBot:RolloutStage"] = o => o.RolloutStage = 6,
        ["GridBot:Exploration:Min"] = o => o.Exploration.Min = 0.30m, // above the 0.25 target
        ["GridBot:Fees:Bybit:Spot:Maker"] = o => o.Fees.Bybit.Spot.Maker = -0.0001m,
        ["GridBot:Fees:Binance:Perp:Taker"] = o => o.Fees.Binance.Perp.Taker = -0.0005m,
        ["GridBot:Exposure:PerPairFraction"] = o => o.Exposure.PerPairFraction = 0.31m, // above the 0.30 portfolio cap
        ["GridBot:LiveLoopInterval"] = o => o.LiveLoopInterval = TimeSpan.Zero,
        ["GridBot:Timeframes:Primary"] = o => o.Timeframes.Primary = "10m",
        ["GridBot:Timeframes:Confirm"] = o => o.Timeframes.Confirm = "15m", // not shorter than the 15m primary
        ["GridBot:Rollout:CanaryFraction"] = o => o.Rollout.CanaryFraction = 0.06m, // above the 0.05 base
        ["GridBot:Environment"] = o => o.Environment = (TradingEnvironment)7,
        ["GridBot:ExchangeProfile"] = o => o.ExchangeProfile = (ExchangeProfile)7,
        ["GridBot:Exploration"] = o => o.Exploration = null!,
    };

    public static TheoryData<string> BrokenKeys => new(Breakages.Keys);

    [Theory]
    [MemberData(nameof(BrokenKeys))]
    public void Validate_OneBrokenSetting_NamesItsKey(string key)
    {
        var options = new GridBotOptions();
        Breakages[key](options);

        options.Validate().Should().ContainSingle().Which.Key.Should().Be(key);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Validate_RolloutStageOutsideOneToFive_Problem(int stage) =>
        new GridBotOptions { RolloutStage = stage }.Validate().Should().ContainSingle()
            .Which.Message.Should().Contain("[1, 5]");

    [Fact]
    public void Validate_NegativeInterval_Problem() =>
        new GridBotOptions { LiveLoopInterval = TimeSpan.FromSeconds(-1) }.Validate().Should().ContainSingle();

    [Fact]
    public void Validate_SeveralBroken_ReportsEach()
    {
        var options = new GridBotOptions { RolloutStage = 6, LiveLoopInterval = TimeSpan.Zero };
        options.Exposure.PortfolioFraction = 1.5m;

        options.Validate().Select(p => p.Key).Should().BeEquivalentTo(
            "GridBot:RolloutStage", "GridBot:LiveLoopInterval", "GridBot:Exposure:PortfolioFraction");
    }

    [Fact]
    public void Validate_ProblemText_NamesKeyAndValue() =>
        new GridBotOptions { RolloutStage = 6 }.Validate().Single().ToString()
            .Should().Be("GridBot:RolloutStage: 6 must be in [1, 5]");
}
