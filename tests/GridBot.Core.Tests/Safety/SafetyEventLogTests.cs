using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class SafetyEventLogTests
{
    private static SafetyEvent Event(int i) => new(
        SafetyEventKind.ApiErrors, AlertLevel.Emergency, SafetyAction.EmergencyStop, $"e{i}", i, 10m, SafetyTestClock.Epoch.AddMinutes(i));

    [Fact]
    public void Add_BeyondCapacity_DropsOldest()
    {
        var log = SafetyEventLog.Empty(capacity: 3);

        for (var i = 1; i <= 5; i++)
        {
            log = log.Add(Event(i));
        }

        log.Events.Select(e => e.Message).Should().Equal("e3", "e4", "e5");
    }

    [Fact]
    public void AddRange_KeepsOrderAndReturnsNewLog()
    {
        var empty = SafetyEventLog.Empty();

        var log = empty.AddRange([Event(1), Event(2)]);

        log.Events.Should().HaveCount(2);
        empty.Events.Should().BeEmpty();
        log.Capacity.Should().Be(100);
        log.AddRange([]).Should().BeSameAs(log);
    }

    [Fact]
    public void Json_RoundTrip_PreservesEvents()
    {
        var log = SafetyEventLog.Empty(10).Add(Event(1));

        SafetyJson.RoundTrip(log).Should().BeEquivalentTo(log);
    }

    [Fact]
    public void Empty_NonPositiveCapacity_Throws()
    {
        FluentActions.Invoking(() => SafetyEventLog.Empty(0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
