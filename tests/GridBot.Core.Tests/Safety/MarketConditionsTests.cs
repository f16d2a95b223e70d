using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class MarketConditionsTests
{
    private static readonly MarketConditions Favourable = new(MarketRegime.Normal, MarketTrend.Sideways, 18, 1.8);

    [Theory]
    [InlineData(MarketRegime.Calm)]
    [InlineData(MarketRegime.Normal)]
    public void IsFavourableForGrid_CalmOrNormalSidewaysWeakTrend_True(MarketRegime regime)
    {
        var conditions = new MarketConditions(regime, MarketTrend.Sideways, 24.9, 0.8);

        conditions.IsFavourableForGrid().Should().BeTrue();
        conditions.Concerns().Should().BeEmpty();
    }

    public static TheoryData<MarketConditions, string> Unfavourable => new()
    {
        { new MarketConditions(MarketRegime.Volatile, MarketTrend.Sideways, 18, 4.0), "Volatility is Volatile" },
        { new MarketConditions(MarketRegime.Extreme, MarketTrend.Sideways, 18, 8.0), "Volatility is Extreme" },
        { new MarketConditions(MarketRegime.Normal, MarketTrend.TrendingUp, 18, 1.8), "Market is TrendingUp" },
        { new MarketConditions(MarketRegime.Normal, MarketTrend.TrendingDown, 18, 1.8), "Market is TrendingDown" },
        { new MarketConditions(MarketRegime.Normal, MarketTrend.Sideways, 25, 1.8), "ADX 25 is at or above 25" },
        { new MarketConditions(MarketRegime.Normal, MarketTrend.Sideways, 18, 1.8, correlationBreakdown: true), "Correlation breakdown" },
    };

    [Theory]
    [MemberData(nameof(Unfavourable))]
    public void IsFavourableForGrid_EachFailingCondition_FalseWithOneConcern(MarketConditions conditions, string concern)
    {
        conditions.IsFavourableForGrid().Should().BeFalse();
        conditions.Concerns().Should().ContainSingle().Which.Should().Contain(concern);
    }

    [Fact]
    public void Assess_CarriesVerdictAndConcerns()
    {
        var bad = new MarketConditions(MarketRegime.Extreme, MarketTrend.TrendingDown, 40, 7.5, true);

        var assessment = bad.Assess();

        assessment.IsFavourableForGrid.Should().BeFalse();
        assessment.Concerns.Should().HaveCount(4);
        Favourable.Assess().IsFavourableForGrid.Should().BeTrue();
    }

    [Theory]
    [InlineData(0.5, MarketRegime.Calm)]
    [InlineData(1.0, MarketRegime.Normal)]
    [InlineData(2.99, MarketRegime.Normal)]
    [InlineData(3.0, MarketRegime.Volatile)]
    [InlineData(6.0, MarketRegime.Extreme)]
    public void RegimeForAtrPercent_Bands(double atrPercent, MarketRegime expected)
    {
        RiskThresholds.RegimeForAtrPercent(atrPercent).Should().Be(expected);
    }

    [Theory]
    [InlineData(24.9, 30, 10, MarketTrend.Sideways)]
    [InlineData(25, 30, 10, MarketTrend.TrendingUp)]
    [InlineData(35, 10, 30, MarketTrend.TrendingDown)]
    public void Classify_TrendFromAdxAndDirectionalIndex(double adx, double plusDi, double minusDi, MarketTrend expected)
    {
        var conditions = MarketConditions.Classify(1.5, adx, plusDi, minusDi);

        conditions.Trend.Should().Be(expected);
        conditions.TrendStrength.Should().Be(adx);
        conditions.Volatility.Should().Be(MarketRegime.Normal);
        conditions.AtrPercent.Should().Be(1.5);
    }

    [Fact]
    public void Constructor_InvalidIndicators_Throw()
    {
        FluentActions.Invoking(() => new MarketConditions(MarketRegime.Calm, MarketTrend.Sideways, -1, 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MarketConditions(MarketRegime.Calm, MarketTrend.Sideways, 101, 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MarketConditions(MarketRegime.Calm, MarketTrend.Sideways, 10, -1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MarketConditions(MarketRegime.Calm, MarketTrend.Sideways, 10, double.PositiveInfinity)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Json_RoundTrip_PreservesConditions()
    {
        var conditions = new MarketConditions(MarketRegime.Volatile, MarketTrend.TrendingDown, 31.5, 4.2, true);

        SafetyJson.RoundTrip(conditions).Should().Be(conditions);
    }
}
