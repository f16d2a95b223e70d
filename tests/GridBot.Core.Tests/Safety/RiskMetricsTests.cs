using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class RiskMetricsTests
{
    [Theory]
    [InlineData(0.0, RiskLevel.Low)]
    [InlineData(0.049, RiskLevel.Low)]
    [InlineData(0.05, RiskLevel.Medium)]
    [InlineData(0.10, RiskLevel.High)]
    [InlineData(0.20, RiskLevel.Critical)]
    public void GetRiskLevel_ByDrawdown(decimal drawdown, RiskLevel expected)
    {
        new RiskMetrics(drawdown, 0).GetRiskLevel().Should().Be(expected);
    }

    [Theory]
    [InlineData(0.39, RiskLevel.Low)]
    [InlineData(0.40, RiskLevel.Medium)]
    [InlineData(0.60, RiskLevel.High)]
    [InlineData(0.80, RiskLevel.Critical)]
    public void GetRiskLevel_ByVolatilityScore(double score, RiskLevel expected)
    {
        new RiskMetrics(0m, score).GetRiskLevel().Should().Be(expected);
    }

    [Theory]
    [InlineData(-0.95, RiskLevel.Low)]
    [InlineData(0.69, RiskLevel.Low)]
    [InlineData(0.70, RiskLevel.Medium)]
    [InlineData(0.90, RiskLevel.High)]
    [InlineData(1.0, RiskLevel.High)]
    public void GetRiskLevel_ByCorrelation_NeverCriticalAlone(double correlation, RiskLevel expected)
    {
        new RiskMetrics(0m, 0, correlation).GetRiskLevel().Should().Be(expected);
    }

    [Theory]
    [InlineData(0.14, RiskLevel.Low)]
    [InlineData(0.15, RiskLevel.Medium)]
    [InlineData(0.30, RiskLevel.High)]
    [InlineData(0.50, RiskLevel.Critical)]
    public void GetRiskLevel_ByExposure(decimal exposure, RiskLevel expected)
    {
        new RiskMetrics(0m, 0, exposure: exposure).GetRiskLevel().Should().Be(expected);
    }

    [Theory]
    [InlineData(2, RiskLevel.Low)]
    [InlineData(3, RiskLevel.Medium)]
    [InlineData(5, RiskLevel.High)]
    [InlineData(8, RiskLevel.Critical)]
    public void GetRiskLevel_ByLossStreak(int streak, RiskLevel expected)
    {
        new RiskMetrics(0m, 0, lossStreak: streak).GetRiskLevel().Should().Be(expected);
    }

    [Fact]
    public void GetRiskLevel_SeveralFactors_HighestWins()
    {
        new RiskMetrics(0.06m, 0.65, 0.75, 0.1m, 1).GetRiskLevel().Should().Be(RiskLevel.High);
    }

    [Theory]
    [InlineData(0.25, 0.0, 0.0, 0.0, EmergencyAction.EmergencyStop)]
    [InlineData(0.0, 0.85, 0.0, 0.0, EmergencyAction.PauseTrading)]
    [InlineData(0.0, 0.0, 0.95, 0.0, EmergencyAction.ReduceExposure)]
    [InlineData(0.0, 0.0, 0.0, 0.5, EmergencyAction.ReduceExposure)]
    [InlineData(0.20, 0.0, 0.0, 0.0, EmergencyAction.EmergencyStop)]
    [InlineData(0.19, 0.79, 0.89, 0.49, EmergencyAction.None)]
    [InlineData(0.0, 0.80, 0.90, 0.0, EmergencyAction.PauseTrading)]
    [InlineData(0.25, 0.85, 0.95, 0.6, EmergencyAction.EmergencyStop)]
    public void GetEmergencyAction_MostSevereThatApplies(double drawdown, double volatility, double correlation, double exposure, EmergencyAction expected)
    {
        var metrics = new RiskMetrics((decimal)drawdown, volatility, correlation, (decimal)exposure);

        metrics.GetEmergencyAction().Should().Be(expected);
    }

    [Fact]
    public void EmergencyAction_IsOrderedBySeverity()
    {
        new[] { EmergencyAction.None, EmergencyAction.ReduceExposure, EmergencyAction.PauseTrading, EmergencyAction.EmergencyStop }
            .Should().BeInAscendingOrder();
    }

    public static TheoryData<Func<RiskMetrics>> Invalid => new()
    {
        () => new RiskMetrics(-0.1m, 0),
        () => new RiskMetrics(1.1m, 0),
        () => new RiskMetrics(0m, 1.1),
        () => new RiskMetrics(0m, double.NaN),
        () => new RiskMetrics(0m, 0, 1.5),
        () => new RiskMetrics(0m, 0, exposure: -1m),
        () => new RiskMetrics(0m, 0, lossStreak: -1),
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_OutOfRange_Throws(Func<RiskMetrics> create)
    {
        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Json_RoundTrip_PreservesMetrics()
    {
        var metrics = new RiskMetrics(0.12m, 0.55, -0.3, 0.2m, 4);

        SafetyJson.RoundTrip(metrics).Should().Be(metrics);
    }
}
