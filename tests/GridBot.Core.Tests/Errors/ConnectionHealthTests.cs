using GridBot.Core.Errors;

namespace GridBot.Core.Tests.Errors;

public class ConnectionHealthTests
{
    private readonly ErrorsManualClock _clock = new();

    private ConnectionHealth RecordMany(ConnectionHealth health, params bool[] outcomes)
    {
        foreach (var success in outcomes)
        {
            health = health.Record(_clock.Advance(TimeSpan.FromSeconds(1)), success);
        }

        return health;
    }

    [Fact]
    public void Report_NoSamples_HealthyWithRateOne()
    {
        var report = ConnectionHealth.Create().Report(_clock.GetUtcNow());

        report.Should().BeEquivalentTo(new { Samples = 0, SuccessRate = 1.0, ConsecutiveFailures = 0, IsHealthy = true });
        ConnectionHealth.Create().Window.Should().Be(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Report_EightOfTenSucceed_HealthyAtExactlyPointEight()
    {
        var health = RecordMany(ConnectionHealth.Create(), true, false, true, true, false, true, true, true, true, true);

        var report = health.Report(_clock.GetUtcNow());

        report.SuccessRate.Should().Be(0.8);
        report.Successes.Should().Be(8);
        report.Failures.Should().Be(2);
        report.IsHealthy.Should().BeTrue();
    }

    [Fact]
    public void Report_SevenOfTenSucceed_Unhealthy()
    {
        var health = RecordMany(ConnectionHealth.Create(), true, false, true, false, false, true, true, true, true, true);

        health.Report(_clock.GetUtcNow()).Should().BeEquivalentTo(new { SuccessRate = 0.7, IsHealthy = false });
    }

    [Fact]
    public void Report_FourFailuresInARow_CountedAndStillHealthyByStreak()
    {
        var health = RecordMany(ConnectionHealth.Create(), Enumerable.Repeat(true, 20).Concat(Enumerable.Repeat(false, 4)).ToArray());

        var report = health.Report(_clock.GetUtcNow());

        report.ConsecutiveFailures.Should().Be(4);
        report.IsHealthy.Should().BeTrue();
    }

    [Fact]
    public void Report_FiveFailuresInARow_Unhealthy()
    {
        var health = RecordMany(ConnectionHealth.Create(), Enumerable.Repeat(true, 30).Concat(Enumerable.Repeat(false, 5)).ToArray());

        var report = health.Report(_clock.GetUtcNow());

        report.SuccessRate.Should().BeGreaterThan(0.8);
        report.ConsecutiveFailures.Should().Be(5);
        report.IsHealthy.Should().BeFalse();
    }

    [Fact]
    public void Report_SuccessAfterFailures_ResetsStreak()
    {
        var health = RecordMany(ConnectionHealth.Create(), false, false, true);

        var report = health.Report(_clock.GetUtcNow());

        report.ConsecutiveFailures.Should().Be(0);
        report.LastSuccessAt.Should().Be(_clock.GetUtcNow());
        report.LastFailureAt.Should().Be(_clock.GetUtcNow() - TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Report_FailuresOlderThanWindow_Forgotten()
    {
        var health = RecordMany(ConnectionHealth.Create(), false, false, false, false, false);
        health.IsHealthy(_clock.GetUtcNow()).Should().BeFalse();

        var later = _clock.Advance(TimeSpan.FromMinutes(5));

        health.Report(later).Should().BeEquivalentTo(new { Samples = 0, IsHealthy = true });
    }

    [Fact]
    public void Record_PrunesSamplesOutsideTheWindow()
    {
        var t0 = _clock.GetUtcNow();
        var health = RecordMany(ConnectionHealth.Create(TimeSpan.FromSeconds(10)), false, false, false); // t0+1, +2, +3

        health = health.RecordSuccess(_clock.Advance(TimeSpan.FromSeconds(9))); // t0+12: window (t0+2, t0+12]

        health.Samples.Select(s => s.At).Should().Equal(t0.AddSeconds(3), t0.AddSeconds(12));
    }

    [Fact]
    public void Record_OutOfOrder_IsABug()
    {
        var health = ConnectionHealth.Create().RecordSuccess(_clock.GetUtcNow());

        var act = () => health.RecordFailure(_clock.GetUtcNow() - TimeSpan.FromSeconds(1));

        act.Should().Throw<ArgumentException>();
    }
}
