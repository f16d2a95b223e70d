using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class SafetyMonitorBreakerTests
{
    private static readonly DateTimeOffset T0 = SafetyTestClock.Epoch;
    private static readonly RiskLimits Limits = RiskLimits.Default;

    [Fact]
    public void Defaults_PriceDeviationAtLimitAndApiErrorsAtHalf()
    {
        var breakers = SafetyBreaker.Defaults(Limits);

        breakers.Should().HaveCount(2);
        breakers[0].Should().BeEquivalentTo(new { Watches = SafetyEventKind.PriceDeviation, ActionWhileTripped = SafetyAction.CancelOrders });
        breakers[0].State.Threshold.Should().Be(0.05m);
        breakers[1].Should().BeEquivalentTo(new { Watches = SafetyEventKind.ApiErrors, ActionWhileTripped = SafetyAction.Pause });
        breakers[1].State.Threshold.Should().Be(5m);
        breakers.Should().OnlyContain(b => b.State.Window == TimeSpan.FromMinutes(60));
    }

    [Fact]
    public void Assess_PriceSpike_KeepsOrdersOffTheBookForTheWindow()
    {
        var breakers = SafetyBreaker.Defaults(Limits);

        var spike = SafetyMonitor.Assess(new SafetyMetrics(T0, priceDeviation: 0.08m), Limits, breakers);
        spike.Assessment.Action.Should().Be(SafetyAction.CancelOrders);
        spike.Assessment.Events.Select(e => e.Kind).Should().BeEquivalentTo(new[] { SafetyEventKind.PriceDeviation, SafetyEventKind.CircuitBreaker });

        var calmer = SafetyMonitor.Assess(new SafetyMetrics(T0.AddMinutes(30), priceDeviation: 0.01m), Limits, spike.Breakers);
        calmer.Assessment.Action.Should().Be(SafetyAction.CancelOrders);
        var breakerEvent = calmer.Assessment.Events.Should().ContainSingle().Subject;
        breakerEvent.Kind.Should().Be(SafetyEventKind.CircuitBreaker);
        breakerEvent.Message.Should().Contain("price-deviation");

        var afterWindow = SafetyMonitor.Assess(new SafetyMetrics(T0.AddMinutes(60), priceDeviation: 0.01m), Limits, calmer.Breakers);
        afterWindow.Assessment.Should().BeEquivalentTo(SafetyAssessment.Continue);
        afterWindow.Breakers.Should().OnlyContain(b => !b.State.IsTripped);
    }

    [Fact]
    public void Assess_FiveApiErrors_PausesBeforeTheEmergencyLimit()
    {
        var result = SafetyMonitor.Assess(new SafetyMetrics(T0, apiErrors: 5), Limits, SafetyBreaker.Defaults(Limits));

        result.Assessment.Action.Should().Be(SafetyAction.Pause);
        result.Breakers[1].State.TrippedAt.Should().Be(T0);
    }

    [Fact]
    public void Assess_FifteenApiErrorsWithBreakers_EmergencyStopStillWins()
    {
        var result = SafetyMonitor.Assess(new SafetyMetrics(T0, apiErrors: 15), Limits, SafetyBreaker.Defaults(Limits));

        result.Assessment.Action.Should().Be(SafetyAction.EmergencyStop);
        result.Assessment.Events.Should().HaveCount(2);
    }

    [Fact]
    public void Assess_NoBreakers_MatchesPlainAssessment()
    {
        var metrics = new SafetyMetrics(T0, positionValue: 1500m);

        var result = SafetyMonitor.Assess(metrics, Limits, []);

        result.Assessment.Should().BeEquivalentTo(SafetyMonitor.Assess(metrics, Limits));
        result.Breakers.Should().BeEmpty();
    }

    [Fact]
    public void SafetyBreaker_WatchingABreaker_Throws()
    {
        FluentActions.Invoking(() => new SafetyBreaker(SafetyEventKind.CircuitBreaker, SafetyAction.Pause, CircuitBreakerState.Create("x", 1m)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Json_RoundTrip_PreservesBreakers()
    {
        var breaker = SafetyBreaker.Defaults(Limits)[0] with { State = CircuitBreakerState.Create("price-deviation", 0.05m).Trip(T0) };

        SafetyJson.RoundTrip(breaker).Should().Be(breaker);
    }
}
