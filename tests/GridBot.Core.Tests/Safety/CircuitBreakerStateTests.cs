using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class CircuitBreakerStateTests
{
    private static readonly DateTimeOffset T0 = SafetyTestClock.Epoch;

    private static CircuitBreakerState Breaker(decimal threshold = 10m) => CircuitBreakerState.Create("test", threshold);

    [Fact]
    public void Create_DefaultWindow_Is60Minutes()
    {
        Breaker().Window.Should().Be(TimeSpan.FromMinutes(60));
        Breaker().IsTripped.Should().BeFalse();
    }

    [Theory]
    [InlineData(9.99, false)]
    [InlineData(10, true)]
    [InlineData(15, true)]
    [InlineData(-10, true)]
    [InlineData(-9.99, false)]
    public void Check_TripsWhenMagnitudeReachesThreshold(decimal value, bool tripped)
    {
        var next = Breaker().Check(value, T0);

        next.IsTripped.Should().Be(tripped);
        next.TrippedAt.Should().Be(tripped ? T0 : null);
    }

    [Fact]
    public void Check_WithinWindow_StaysTrippedEvenWhenValueRecovers()
    {
        var tripped = Breaker().Check(12m, T0);

        var later = tripped.Check(0m, T0.AddMinutes(59).AddSeconds(59));

        later.IsTripped.Should().BeTrue();
        later.TrippedAt.Should().Be(T0);
        later.ResetsAt.Should().Be(T0.AddMinutes(60));
    }

    [Fact]
    public void Check_AfterWindow_ResetsItself()
    {
        var tripped = Breaker().Check(12m, T0);

        var later = tripped.Check(0m, T0.AddMinutes(60));

        later.IsTripped.Should().BeFalse();
        later.TrippedAt.Should().BeNull();
    }

    [Fact]
    public void Check_BreachWhileTripped_DoesNotExtendWindow()
    {
        var state = Breaker().Check(12m, T0).Check(20m, T0.AddMinutes(30));

        state.TrippedAt.Should().Be(T0);
    }

    [Fact]
    public void Check_StillBreachedAfterWindow_TripsAgainAtNow()
    {
        var state = Breaker().Check(12m, T0).Check(12m, T0.AddMinutes(61));

        state.TrippedAt.Should().Be(T0.AddMinutes(61));
    }

    [Fact]
    public void IsTrippedAt_IsTimeAware()
    {
        var state = Breaker().Trip(T0);

        state.IsTrippedAt(T0.AddMinutes(59)).Should().BeTrue();
        state.IsTrippedAt(T0.AddMinutes(60)).Should().BeFalse();
        state.Refresh(T0.AddMinutes(59)).Should().Be(state);
        state.Refresh(T0.AddMinutes(60)).IsTripped.Should().BeFalse();
    }

    [Fact]
    public void TripAndReset_AreExplicitTransitions()
    {
        var tripped = Breaker().Trip(T0);
        tripped.Trip(T0.AddMinutes(5)).TrippedAt.Should().Be(T0);

        var reset = tripped.Reset();

        reset.IsTripped.Should().BeFalse();
        tripped.IsTripped.Should().BeTrue("transitions return new values");
    }

    [Fact]
    public void Create_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => CircuitBreakerState.Create(" ", 1m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CircuitBreakerState.Create("x", 0m)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CircuitBreakerState.Create("x", 1m, TimeSpan.Zero)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Json_RoundTrip_PreservesTrippedState()
    {
        var state = CircuitBreakerState.Create("api-errors", 5m, TimeSpan.FromMinutes(15)).Trip(T0);

        SafetyJson.RoundTrip(state).Should().Be(state);
    }
}
