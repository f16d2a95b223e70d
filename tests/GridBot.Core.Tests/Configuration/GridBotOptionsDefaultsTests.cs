using GridBot.Core.Configuration;
using GridBot.Core.Market;

namespace GridBot.Core.Tests.Configuration;

public class GridBotOptionsDefaultsTests
{
    private readonly GridBotOptions _options = new();

    [Fact]
    public void Defaults_MatchTheSeed()
    {
        _options.Environment.Should().Be(TradingEnvironment.Simulation);
        _options.RolloutStage.Should().Be(1);
        _options.ExchangeProfile.Should().Be(ExchangeProfile.SpotAndPerp);
        _options.ForexEnabled.Should().BeFalse();
        _options.FxOptionsEnabled.Should().BeFalse();
        _options.LiveLoopInterval.Should().Be(TimeSpan.FromSeconds(15));
        _options.Timeframes.Primary.Should().Be("15m");
        _options.Timeframes.Confirm.Should().Be("5m");
        _options.Timeframes.PrimaryTimeframe().Should().Be(Timeframe.FifteenMinutes);
        _options.Timeframes.ConfirmTimeframe().Should().Be(Timeframe.FiveMinutes);
        _options.Exposure.PerPairFraction.Should().Be(0.15m);
        _options.Exposure.PortfolioFraction.Should().Be(0.30m);
        _options.Exploration.Min.Should().Be(0.10m);
        _options.Exploration.Target.Should().Be(0.25m);
        _options.Exploration.Dynamic.Should().BeTrue();
        _options.Rollout.CanaryFraction.Should().Be(0.02m);
        _options.Rollout.BaseFraction.Should().Be(0.05m);
        _options.Rollout.ScaleUpMaxFraction.Should().Be(0.10m);
        _options.Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot, 0.001, 0.001)]
    [InlineData(Venue.Binance, MarketType.Perp, 0.0002, 0.0005)]
    [InlineData(Venue.Bybit, MarketType.Spot, 0.0007, 0.001)]
    [InlineData(Venue.Bybit, MarketType.Perp, 0.0002, 0.00055)]
    [InlineData(Venue.Paper, MarketType.Spot, 0.001, 0.001)]
    [InlineData(Venue.Paper, MarketType.Perp, 0.0002, 0.0005)]
    public void FeeFor_Defaults(Venue venue, MarketType market, decimal maker, decimal taker)
    {
        var fee = _options.Fees.FeeFor(venue, market);

        fee.Maker.Should().Be(maker);
        fee.Taker.Should().Be(taker);
    }

    [Theory]
    [InlineData(1, 0.02)]
    [InlineData(2, 0.05)]
    [InlineData(3, 0.05)]
    [InlineData(4, 0.10)]
    [InlineData(5, 0.10)]
    public void MaxSizeFraction_PerRolloutStage(int stage, decimal fraction)
    {
        _options.RolloutStage = stage;

        _options.MaxSizeFraction().Should().Be(fraction);
    }

    [Fact]
    public void MaxSizeFractionFor_StageSix_IsABug()
    {
        var act = () => _options.Rollout.MaxSizeFractionFor(6);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(-2015, true)]
    [InlineData(-1022, true)]
    [InlineData(-2014, true)]
    [InlineData(10003, true)]
    [InlineData(10004, true)]
    [InlineData(10005, true)]
    [InlineData(-1021, false)] // timestamp outside recvWindow: resync and retry
    [InlineData(10006, false)] // Bybit rate limit
    public void IsCritical_DefaultCodes(int code, bool critical) =>
        _options.IsCritical(code).Should().Be(critical);

    [Theory]
    [InlineData(ExchangeProfile.Spot, MarketType.Spot, true)]
    [InlineData(ExchangeProfile.Spot, MarketType.Perp, false)]
    [InlineData(ExchangeProfile.Perp, MarketType.Spot, false)]
    [InlineData(ExchangeProfile.Perp, MarketType.Perp, true)]
    [InlineData(ExchangeProfile.SpotAndPerp, MarketType.Spot, true)]
    [InlineData(ExchangeProfile.SpotAndPerp, MarketType.Perp, true)]
    public void Includes_ProfileMarkets(ExchangeProfile profile, MarketType market, bool included) =>
        profile.Includes(market).Should().Be(included);
}
