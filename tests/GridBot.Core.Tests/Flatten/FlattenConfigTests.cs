using GridBot.Core.Flatten;

namespace GridBot.Core.Tests.Flatten;

public class FlattenConfigTests
{
    [Fact]
    public void Defaults_MatchTheSeed()
    {
        var config = new FlattenConfig();

        config.TwapDuration.Should().Be(TimeSpan.FromMinutes(5));
        config.TwapSlices.Should().Be(10);
        config.MaxSpreadBps.Should().Be(50m);
        config.MarketSwitchFraction.Should().Be(0.95m);
        config.FeeBps.Should().Be(10m);
        config.CancelOrdersFirst.Should().BeTrue();
        config.Validate().Should().BeEmpty();
    }

    [Theory]
    [InlineData(49_950, 49.95)]
    [InlineData(12_487.5, 12.4875)]
    [InlineData(0, 0)]
    public void EstimateFee_TenBps_IsATenthOfAPercentOfNotional(decimal notional, decimal expected) =>
        new FlattenConfig().EstimateFee(notional).Should().Be(expected);

    public static TheoryData<string, FlattenConfig> InvalidConfigs => new()
    {
        { nameof(FlattenConfig.TwapDuration), new FlattenConfig { TwapDuration = TimeSpan.Zero } },
        { nameof(FlattenConfig.TwapSlices), new FlattenConfig { TwapSlices = 0 } },
        { nameof(FlattenConfig.MaxSpreadBps), new FlattenConfig { MaxSpreadBps = -1m } },
        { nameof(FlattenConfig.MarketSwitchFraction), new FlattenConfig { MarketSwitchFraction = 0m } },
        { nameof(FlattenConfig.MarketSwitchFraction), new FlattenConfig { MarketSwitchFraction = 1.01m } },
        { nameof(FlattenConfig.FeeBps), new FlattenConfig { FeeBps = -0.1m } },
    };

    [Theory]
    [MemberData(nameof(InvalidConfigs))]
    public void Validate_InvalidSetting_NamesIt(string property, FlattenConfig config) =>
        config.Validate().Should().ContainSingle().Which.Should().StartWith(property);
}
