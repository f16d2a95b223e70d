using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class CircuitBreakerTests
{
    [Fact]
    public void Check_TripsAndResetsAfterWindowOnTheClock()
    {
        var clock = new SafetyTestClock();
        var breaker = new CircuitBreaker("losses", 100m, clock);

        breaker.Check(-150m).Should().BeTrue();
        breaker.IsTripped.Should().BeTrue();
        breaker.TrippedAt.Should().Be(SafetyTestClock.Epoch);

        clock.Advance(TimeSpan.FromMinutes(59));
        breaker.IsTripped.Should().BeTrue();

        clock.Advance(TimeSpan.FromMinutes(1));
        breaker.IsTripped.Should().BeFalse();
        breaker.TrippedAt.Should().BeNull();
        breaker.Check(50m).Should().BeFalse();
        breaker.State.TrippedAt.Should().BeNull();
    }

    [Fact]
    public void TripAndReset_UseTheClock()
    {
        var clock = new SafetyTestClock();
        var breaker = new CircuitBreaker("manual", 1m, clock, TimeSpan.FromMinutes(5));

        breaker.Trip();
        breaker.TrippedAt.Should().Be(SafetyTestClock.Epoch);
        breaker.Reset();

        breaker.IsTripped.Should().BeFalse();
    }

    [Fact]
    public void Constructor_FromState_ResumesIt()
    {
        var clock = new SafetyTestClock();
        var state = CircuitBreakerState.Create("x", 1m).Trip(SafetyTestClock.Epoch.AddMinutes(-30));

        new CircuitBreaker(state, clock).IsTripped.Should().BeTrue();
    }
}
