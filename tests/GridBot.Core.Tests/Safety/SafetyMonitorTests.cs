using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class SafetyMonitorTests
{
    private static readonly DateTimeOffset Now = SafetyTestClock.Epoch;

    private static SafetyMetrics Metrics(
        decimal positionValue = 0m,
        decimal dailyPnl = 0m,
        decimal drawdown = 0m,
        int consecutiveLosses = 0,
        int apiErrors = 0,
        decimal orderNotional = 0m,
        decimal priceDeviation = 0m) =>
        new(Now, positionValue, dailyPnl, drawdown, consecutiveLosses, apiErrors, orderNotional, priceDeviation);

    [Fact]
    public void Assess_AllWithinLimits_ContinuesWithNoEvents()
    {
        var metrics = Metrics(positionValue: 500m, dailyPnl: -50m, drawdown: 0.05m, consecutiveLosses: 2, apiErrors: 3, orderNotional: 40m, priceDeviation: 0.01m);

        var assessment = SafetyMonitor.Assess(metrics, RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.Continue);
        assessment.Events.Should().BeEmpty();
        assessment.IsSafe.Should().BeTrue();
    }

    [Fact]
    public void Assess_Position1500OverLimit1000_Flattens()
    {
        var assessment = SafetyMonitor.Assess(Metrics(positionValue: 1500m), RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.Flatten);
        var e = assessment.Events.Should().ContainSingle().Subject;
        e.Should().BeEquivalentTo(new
        {
            Kind = SafetyEventKind.PositionLimit,
            Level = AlertLevel.Critical,
            Action = SafetyAction.Flatten,
            Value = 1500m,
            Threshold = 1000m,
            Timestamp = Now,
        });
        e.Message.Should().Be("Position value 1500 exceeds the limit of 1000: Flatten");
    }

    [Fact]
    public void Assess_ShortPosition1500_FlattensOnMagnitude()
    {
        SafetyMonitor.Assess(Metrics(positionValue: -1500m), RiskLimits.Default).Action.Should().Be(SafetyAction.Flatten);
    }

    [Fact]
    public void Assess_DailyPnlMinus150AgainstLossLimit100_Flattens()
    {
        var assessment = SafetyMonitor.Assess(Metrics(dailyPnl: -150m), RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.Flatten);
        assessment.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Kind = SafetyEventKind.DailyLoss, Value = 150m, Threshold = 100m, Level = AlertLevel.Critical });
    }

    [Fact]
    public void Assess_Drawdown15PercentAgainst10Percent_Flattens()
    {
        var assessment = SafetyMonitor.Assess(Metrics(drawdown: 0.15m), RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.Flatten);
        var e = assessment.Events.Should().ContainSingle().Subject;
        e.Kind.Should().Be(SafetyEventKind.Drawdown);
        e.Message.Should().Be("Drawdown 15.00 % reached the limit of 10.00 %: Flatten");
    }

    [Fact]
    public void Assess_SixConsecutiveLossesAgainst5_Pauses()
    {
        var assessment = SafetyMonitor.Assess(Metrics(consecutiveLosses: 6), RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.Pause);
        assessment.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Kind = SafetyEventKind.ConsecutiveLosses, Value = 6m, Threshold = 5m, Level = AlertLevel.Warning });
    }

    [Fact]
    public void Assess_FifteenApiErrorsAgainst10_EmergencyStops()
    {
        var assessment = SafetyMonitor.Assess(Metrics(apiErrors: 15), RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.EmergencyStop);
        assessment.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Kind = SafetyEventKind.ApiErrors, Value = 15m, Threshold = 10m, Level = AlertLevel.Emergency });
    }

    [Fact]
    public void Assess_Order75AgainstMaxOrder50_CancelsOrders()
    {
        var assessment = SafetyMonitor.Assess(Metrics(orderNotional: 75m), new RiskLimits(maxOrderValue: 50m));

        assessment.Action.Should().Be(SafetyAction.CancelOrders);
        assessment.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Kind = SafetyEventKind.OrderSize, Value = 75m, Threshold = 50m, Level = AlertLevel.Warning });
    }

    [Theory]
    [InlineData(0.08)]
    [InlineData(-0.08)]
    public void Assess_PriceDeviation8PercentAgainst5Percent_CancelsOrders(decimal deviation)
    {
        var assessment = SafetyMonitor.Assess(Metrics(priceDeviation: deviation), RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.CancelOrders);
        assessment.Events.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Kind = SafetyEventKind.PriceDeviation, Value = 0.08m, Threshold = 0.05m });
    }

    // Caps allow the cap itself; tolerances are breached on reaching it (see RiskLimits).
    [Theory]
    [InlineData(SafetyEventKind.PositionLimit, 1000, false)]
    [InlineData(SafetyEventKind.PositionLimit, 1000.01, true)]
    [InlineData(SafetyEventKind.OrderSize, 100, false)]
    [InlineData(SafetyEventKind.OrderSize, 100.01, true)]
    [InlineData(SafetyEventKind.DailyLoss, 99.99, false)]
    [InlineData(SafetyEventKind.DailyLoss, 100, true)]
    [InlineData(SafetyEventKind.Drawdown, 0.0999, false)]
    [InlineData(SafetyEventKind.Drawdown, 0.10, true)]
    [InlineData(SafetyEventKind.ConsecutiveLosses, 4, false)]
    [InlineData(SafetyEventKind.ConsecutiveLosses, 5, true)]
    [InlineData(SafetyEventKind.ApiErrors, 9, false)]
    [InlineData(SafetyEventKind.ApiErrors, 10, true)]
    [InlineData(SafetyEventKind.PriceDeviation, 0.0499, false)]
    [InlineData(SafetyEventKind.PriceDeviation, 0.05, true)]
    public void Assess_AtTheLimit_FollowsCapOrToleranceRule(SafetyEventKind kind, decimal value, bool breached)
    {
        var metrics = kind switch
        {
            SafetyEventKind.PositionLimit => Metrics(positionValue: value),
            SafetyEventKind.OrderSize => Metrics(orderNotional: value),
            SafetyEventKind.DailyLoss => Metrics(dailyPnl: -value),
            SafetyEventKind.Drawdown => Metrics(drawdown: value),
            SafetyEventKind.ConsecutiveLosses => Metrics(consecutiveLosses: (int)value),
            SafetyEventKind.ApiErrors => Metrics(apiErrors: (int)value),
            _ => Metrics(priceDeviation: value),
        };

        var events = SafetyMonitor.Assess(metrics, RiskLimits.Default).Events;

        events.Any(e => e.Kind == kind).Should().Be(breached);
    }

    [Fact]
    public void Assess_ProfitableDay_RaisesNoLossEvent()
    {
        SafetyMonitor.Assess(Metrics(dailyPnl: 500m), RiskLimits.Default).Events.Should().BeEmpty();
    }

    [Fact]
    public void Assess_MultipleViolations_HighestWinsAndAllListed()
    {
        var metrics = Metrics(positionValue: 1500m, consecutiveLosses: 6, apiErrors: 15, priceDeviation: 0.08m);

        var assessment = SafetyMonitor.Assess(metrics, RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.EmergencyStop);
        assessment.Events.Select(e => e.Kind).Should().BeEquivalentTo(new[]
        {
            SafetyEventKind.PositionLimit, SafetyEventKind.ConsecutiveLosses, SafetyEventKind.ApiErrors, SafetyEventKind.PriceDeviation,
        });
    }

    [Fact]
    public void Assess_PauseAndCancel_PauseWins()
    {
        var assessment = SafetyMonitor.Assess(Metrics(consecutiveLosses: 6, orderNotional: 150m), RiskLimits.Default);

        assessment.Action.Should().Be(SafetyAction.Pause);
        assessment.Events.Should().HaveCount(2);
    }

    [Fact]
    public void CheckGroups_SplitTheLimitsAsTheSeedDoes()
    {
        var metrics = Metrics(positionValue: 1500m, orderNotional: 150m, dailyPnl: -150m, drawdown: 0.15m, consecutiveLosses: 6, apiErrors: 15, priceDeviation: 0.08m);
        var limits = RiskLimits.Default;

        SafetyMonitor.CheckPositionLimits(metrics, limits).Select(e => e.Kind).Should()
            .BeEquivalentTo(new[] { SafetyEventKind.PositionLimit, SafetyEventKind.OrderSize });
        SafetyMonitor.CheckLossLimits(metrics, limits).Select(e => e.Kind).Should()
            .BeEquivalentTo(new[] { SafetyEventKind.DailyLoss, SafetyEventKind.Drawdown, SafetyEventKind.ConsecutiveLosses });
        SafetyMonitor.CheckMarketConditions(metrics, limits).Select(e => e.Kind).Should()
            .BeEquivalentTo(new[] { SafetyEventKind.PriceDeviation, SafetyEventKind.ApiErrors });
        SafetyMonitor.Assess(metrics, limits).Events.Should().HaveCount(7);
    }

    [Fact]
    public void Status_ReportsEveryLimitWithUtilisation()
    {
        var status = SafetyMonitor.Status(Metrics(positionValue: 1500m, dailyPnl: -50m), RiskLimits.Default);

        status.Action.Should().Be(SafetyAction.Flatten);
        status.Level.Should().Be(AlertLevel.Critical);
        status.IsOk.Should().BeFalse();
        status.AsOf.Should().Be(Now);
        status.Limits.Should().HaveCount(7);
        var position = status.Limits.Single(l => l.Kind == SafetyEventKind.PositionLimit);
        position.Should().BeEquivalentTo(new { Value = 1500m, Limit = 1000m, Breached = true });
        position.Utilisation.Should().Be(1.5m);
        var loss = status.Limits.Single(l => l.Kind == SafetyEventKind.DailyLoss);
        loss.Should().BeEquivalentTo(new { Value = 50m, Limit = 100m, Breached = false });
        loss.Utilisation.Should().Be(0.5m);
        status.Events.Should().ContainSingle();
    }

    [Fact]
    public void Status_AllWithinLimits_IsOkAtInfo()
    {
        var status = SafetyMonitor.Status(Metrics(), RiskLimits.Default);

        status.IsOk.Should().BeTrue();
        status.Level.Should().Be(AlertLevel.Info);
        status.Limits.Should().OnlyContain(l => !l.Breached);
    }

    [Fact]
    public void SafetyMetrics_InvalidValues_Throw()
    {
        FluentActions.Invoking(() => Metrics(drawdown: -0.1m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Metrics(drawdown: 1.1m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Metrics(consecutiveLosses: -1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Metrics(apiErrors: -1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Metrics(orderNotional: -1m)).Should().Throw<ArgumentException>();
    }
}
