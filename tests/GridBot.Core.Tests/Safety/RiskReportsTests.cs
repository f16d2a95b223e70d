using GridBot.Core.Market;
using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class RiskReportsTests
{
    private static readonly DateTimeOffset Now = SafetyTestClock.Epoch;

    [Fact]
    public void Build_HighRisk_ReportsLevelActionAndRecommendations()
    {
        var metrics = new RiskMetrics(0.25m, 0.85, 0.95, 0.1m, 6);
        var market = new MarketConditions(MarketRegime.Extreme, MarketTrend.TrendingDown, 40, 7.5);

        var report = RiskReports.Build(metrics, market, Now);

        report.RiskLevel.Should().Be(RiskLevel.Critical);
        report.EmergencyAction.Should().Be(EmergencyAction.EmergencyStop);
        report.Metrics.Should().Be(metrics);
        report.Market!.IsFavourableForGrid.Should().BeFalse();
        report.GeneratedAt.Should().Be(Now);
        report.Recommendations.Should().Contain("Emergency action: EmergencyStop");
        report.Recommendations.Should().Contain(r => r.StartsWith("Drawdown 25.0", StringComparison.Ordinal));
        report.Recommendations.Should().Contain(r => r.StartsWith("Volatility score 0.85", StringComparison.Ordinal));
        report.Recommendations.Should().Contain(r => r.StartsWith("Correlation 0.95", StringComparison.Ordinal));
        report.Recommendations.Should().Contain(r => r.StartsWith("6 losses in a row", StringComparison.Ordinal));
        report.Recommendations.Should().Contain(r => r.StartsWith("Volatility is Extreme", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LowRiskFavourableMarket_RecommendsContinuing()
    {
        var report = RiskReports.Build(new RiskMetrics(0.01m, 0.1), new MarketConditions(MarketRegime.Calm, MarketTrend.Sideways, 12, 0.7), Now);

        report.RiskLevel.Should().Be(RiskLevel.Low);
        report.EmergencyAction.Should().Be(EmergencyAction.None);
        report.Market!.IsFavourableForGrid.Should().BeTrue();
        report.Recommendations.Should().Equal("Risk within limits: continue");
    }

    [Fact]
    public void Build_NoMarketData_HasNoMarketAssessment()
    {
        RiskReports.Build(new RiskMetrics(0m, 0), null, Now).Market.Should().BeNull();
    }

    [Fact]
    public void ForSession_UsesTheSessionsMarket()
    {
        var market = new MarketConditions(MarketRegime.Volatile, MarketTrend.Sideways, 20, 4);
        var session = SessionRiskState.Start("session_123", Symbol.Parse("BTC/USDC").Value, Now).WithMarket(market, Now);

        var report = RiskReports.ForSession(session, new RiskMetrics(0.12m, 0.3), Now);

        report.RiskLevel.Should().Be(RiskLevel.High);
        report.Market!.Conditions.Should().Be(market);
    }

    [Fact]
    public void Json_RoundTrip_PreservesReport()
    {
        var report = RiskReports.Build(new RiskMetrics(0.12m, 0.3), new MarketConditions(MarketRegime.Calm, MarketTrend.TrendingUp, 30, 0.5), Now);

        SafetyJson.RoundTrip(report).Should().BeEquivalentTo(report);
    }
}
