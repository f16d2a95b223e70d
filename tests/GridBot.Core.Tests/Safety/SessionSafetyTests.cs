using GridBot.Core.Market;
using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class SessionSafetyTests
{
    private static readonly DateTimeOffset T0 = SafetyTestClock.Epoch;
    private static readonly Symbol BtcUsdc = Symbol.Parse("BTCUSDC").Value;
    private static readonly SessionRiskLimits Limits = new();

    private static SessionRiskState Session() => SessionRiskState.Start("session_123", BtcUsdc, T0);

    [Fact]
    public void Limits_Defaults()
    {
        Limits.Should().BeEquivalentTo(new { MaxLoss = 100m, MaxPositionValue = 1000m, MaxGiveback = 100m, MaxTradesPerHour = 60 });
        SessionRiskLimits.From(new RiskLimits(maxPositionValue: 2000m, maxDailyLoss: 250m))
            .Should().BeEquivalentTo(new { MaxLoss = 250m, MaxPositionValue = 2000m, MaxGiveback = 250m });
    }

    [Fact]
    public void Check_SeedScenarioLoss150Position2000_IsUnsafeWithAlerts()
    {
        var check = SessionSafety.Check(Session(), pnl: -150m, positionValue: 2000m, tradeCount: 25, Limits, T0.AddMinutes(30));

        check.IsSafe.Should().BeFalse();
        check.Alerts.Select(a => (a.Type, a.Level)).Should().BeEquivalentTo(new[]
        {
            (AlertType.SessionLoss, AlertLevel.Critical),
            (AlertType.PositionSize, AlertLevel.Critical),
        });
        var loss = check.Alerts.Single(a => a.Type == AlertType.SessionLoss);
        loss.Should().BeEquivalentTo(new { SessionId = "session_123", Value = 150m, Threshold = 100m, Timestamp = T0.AddMinutes(30) });
        loss.Message.Should().Be("Session loss 150 reached the limit of 100");
        check.Alerts.Single(a => a.Type == AlertType.PositionSize).Value.Should().Be(2000m);
    }

    [Fact]
    public void Check_WithinLimits_IsSafeAndRecordsFigures()
    {
        var check = SessionSafety.Check(Session(), pnl: 40m, positionValue: 800m, tradeCount: 25, Limits, T0.AddMinutes(10));

        check.IsSafe.Should().BeTrue();
        check.Alerts.Should().BeEmpty();
        check.State.Should().BeEquivalentTo(new { Pnl = 40m, PeakPnl = 40m, PositionValue = 800m, TradeCount = 25, LastUpdatedAt = T0.AddMinutes(10) });
    }

    [Theory]
    [InlineData(-99.99, 1000, true)]
    [InlineData(-100, 1000, false)]
    [InlineData(0, 1000.01, false)]
    [InlineData(0, -1000.01, false)]
    public void Check_LimitBoundaries(decimal pnl, decimal position, bool safe)
    {
        var limits = new SessionRiskLimits(maxGiveback: 1000m);

        SessionSafety.Check(Session(), pnl, position, 0, limits, T0).IsSafe.Should().Be(safe);
    }

    [Fact]
    public void Check_GivingBackProfitFromPeak_WarnsButStaysSafe()
    {
        var first = SessionSafety.Check(Session(), 80m, 0m, 10, Limits, T0.AddMinutes(10));

        var second = SessionSafety.Check(first.State, -30m, 0m, 12, Limits, T0.AddMinutes(20));

        second.IsSafe.Should().BeTrue();
        second.State.PeakPnl.Should().Be(80m);
        second.Alerts.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Type = AlertType.ProfitGiveback, Level = AlertLevel.Warning, Value = 110m, Threshold = 100m });
    }

    [Fact]
    public void Check_GivebackBelowLimit_NoAlert()
    {
        var first = SessionSafety.Check(Session(), 80m, 0m, 10, Limits, T0.AddMinutes(10));

        SessionSafety.Check(first.State, -19.99m, 0m, 12, Limits, T0.AddMinutes(20)).Alerts.Should().BeEmpty();
    }

    [Theory]
    [InlineData(30, 60, false)]
    [InlineData(30, 61, true)]
    [InlineData(120, 120, false)]
    [InlineData(120, 121, true)]
    public void Check_TradeRateAboveCap_Warns(int minutesElapsed, int trades, bool warned)
    {
        var check = SessionSafety.Check(Session(), 0m, 0m, trades, Limits, T0.AddMinutes(minutesElapsed));

        check.IsSafe.Should().BeTrue();
        check.Alerts.Any(a => a.Type == AlertType.TradeFrequency).Should().Be(warned);
    }

    [Fact]
    public void Check_UnfavourableMarket_WarnsPerConcern()
    {
        var market = new MarketConditions(MarketRegime.Volatile, MarketTrend.TrendingUp, 32, 4.5);
        var session = Session().WithMarket(market, T0.AddMinutes(1));

        var check = SessionSafety.Check(session, 0m, 0m, 0, Limits, T0.AddMinutes(2));

        check.IsSafe.Should().BeTrue();
        check.Alerts.Should().HaveCount(3).And.OnlyContain(a => a.Type == AlertType.MarketConditions && a.Level == AlertLevel.Warning);
        check.State.Market.Should().Be(market);
    }

    [Fact]
    public void Stop_EndsMonitoring_AndFurtherChecksAreBugs()
    {
        var stopped = Session().Stop(T0.AddHours(2));

        stopped.IsActive.Should().BeFalse();
        stopped.StoppedAt.Should().Be(T0.AddHours(2));
        FluentActions.Invoking(() => stopped.Stop(T0.AddHours(3))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => SessionSafety.Check(stopped, 0m, 0m, 0, Limits, T0.AddHours(3))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Start_UsesTheClock()
    {
        var clock = new SafetyTestClock();
        clock.Advance(TimeSpan.FromMinutes(7));

        var session = SessionRiskState.Start("s1", BtcUsdc, clock.GetUtcNow());

        session.Should().BeEquivalentTo(new { SessionId = "s1", StartedAt = T0.AddMinutes(7), Pnl = 0m, PeakPnl = 0m, TradeCount = 0, IsActive = true });
        FluentActions.Invoking(() => SessionRiskState.Start(" ", BtcUsdc, T0)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Json_RoundTrip_PreservesSession()
    {
        var state = SessionSafety.Check(
            Session().WithMarket(new MarketConditions(MarketRegime.Calm, MarketTrend.Sideways, 15, 0.6), T0),
            -20m, 500m, 5, Limits, T0.AddMinutes(5)).State;

        SafetyJson.RoundTrip(state).Should().Be(state);
    }
}
