using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Safety;

public class SafetyActionTests
{
    [Fact]
    public void Values_AreOrderedByPriority()
    {
        var ordered = new[] { SafetyAction.Continue, SafetyAction.CancelOrders, SafetyAction.Pause, SafetyAction.Flatten, SafetyAction.EmergencyStop };

        ordered.Should().BeInAscendingOrder();
        Enum.GetValues<SafetyAction>().Max().Should().Be(SafetyAction.EmergencyStop);
    }

    [Theory]
    [InlineData(SafetyAction.Pause, SafetyAction.Flatten, SafetyAction.Flatten)]
    [InlineData(SafetyAction.EmergencyStop, SafetyAction.CancelOrders, SafetyAction.EmergencyStop)]
    [InlineData(SafetyAction.Continue, SafetyAction.Continue, SafetyAction.Continue)]
    public void Max_ReturnsHigherPriority(SafetyAction a, SafetyAction b, SafetyAction expected)
    {
        a.Max(b).Should().Be(expected);
        b.Max(a).Should().Be(expected);
    }

    [Theory]
    [InlineData(SafetyAction.Continue, AlertLevel.Info)]
    [InlineData(SafetyAction.CancelOrders, AlertLevel.Warning)]
    [InlineData(SafetyAction.Pause, AlertLevel.Warning)]
    [InlineData(SafetyAction.Flatten, AlertLevel.Critical)]
    [InlineData(SafetyAction.EmergencyStop, AlertLevel.Emergency)]
    public void ToAlertLevel_MapsEachAction(SafetyAction action, AlertLevel expected)
    {
        action.ToAlertLevel().Should().Be(expected);
    }

    [Fact]
    public void AlertLevel_IsOrderedBySeverity()
    {
        new[] { AlertLevel.Info, AlertLevel.Warning, AlertLevel.Critical, AlertLevel.Emergency }.Should().BeInAscendingOrder();
    }
}
