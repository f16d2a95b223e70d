using System.Text.Json;
using GridBot.Core.Errors;

namespace GridBot.Core.Tests.Errors;

public class ErrorsJsonRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;

    [Fact]
    public void ConnectionHealth_RoundTrips()
    {
        var health = ConnectionHealth.Create().RecordSuccess(Now).RecordFailure(Now.AddSeconds(1));

        var back = RoundTrip(health);

        back.Should().BeEquivalentTo(health);
        back.Report(Now.AddSeconds(1)).Should().Be(health.Report(Now.AddSeconds(1)));
    }

    [Fact]
    public void ErrorWindow_RoundTrips()
    {
        var window = ErrorWindow.Create().Record(new ErrorEvent(Now, ErrorKind.UnknownStatus));

        RoundTrip(window).Should().BeEquivalentTo(window);
    }

    [Fact]
    public void RetryPolicyAndReports_RoundTrip()
    {
        RoundTrip(RetrySchedule.Api).Should().Be(RetrySchedule.Api);
        RoundTrip(TradingDecision.Continue).Should().Be(TradingDecision.Continue);
        var stats = ErrorStatistics.Of([new ErrorEvent(Now, ErrorKind.Network)]);
        RoundTrip(stats).Should().BeEquivalentTo(stats);
    }
}
