using GridBot.Core.Errors;

namespace GridBot.Core.Tests.Errors;

public class TradingGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static ErrorWindow Errors(params ErrorKind[] kinds) =>
        kinds.Select((k, i) => new ErrorEvent(Now.AddSeconds(i - kinds.Length + 1), k))
            .Aggregate(ErrorWindow.Create(), (w, e) => w.Record(e));

    private static ConnectionHealth Healthy => ConnectionHealth.Create().RecordSuccess(Now);

    private static ConnectionHealth Unhealthy =>
        Enumerable.Range(0, 5).Aggregate(ConnectionHealth.Create(), (h, i) => h.RecordFailure(Now.AddSeconds(i - 4)));

    [Fact]
    public void Decide_NoErrors_Continues()
    {
        TradingGate.Decide(Errors(), Healthy, Now).Should().Be(TradingDecision.Continue);
    }

    [Theory]
    [InlineData(ErrorKind.Auth)]
    [InlineData(ErrorKind.IpBanned)]
    public void Decide_AnyCriticalError_Stops(ErrorKind kind)
    {
        var decision = TradingGate.Decide(Errors(ErrorKind.Network, kind), Healthy, Now);

        decision.ContinueTrading.Should().BeFalse();
        decision.Reason.Should().Be(TradingHaltReason.CriticalError);
        decision.Detail.Should().Contain(kind.ToString());
    }

    [Fact]
    public void Decide_UnhealthyConnection_Stops()
    {
        var decision = TradingGate.Decide(Errors(), Unhealthy, Now);

        decision.Reason.Should().Be(TradingHaltReason.UnhealthyConnection);
        decision.Detail.Should().Contain("5 consecutive");
    }

    [Fact]
    public void Decide_TwoHighSeverity_Continues()
    {
        TradingGate.Decide(Errors(ErrorKind.UnknownStatus, ErrorKind.InsufficientBalance), Healthy, Now)
            .ContinueTrading.Should().BeTrue();
    }

    [Fact]
    public void Decide_ThreeHighSeverity_Stops()
    {
        var decision = TradingGate.Decide(
            Errors(ErrorKind.UnknownStatus, ErrorKind.InsufficientBalance, ErrorKind.UnknownStatus), Healthy, Now);

        decision.Reason.Should().Be(TradingHaltReason.TooManyHighSeverityErrors);
        decision.Detail.Should().Be("3 high-severity error(s), limit 3");
    }

    [Fact]
    public void Decide_TwentyLowErrors_Stops()
    {
        var kinds = Enumerable.Repeat(ErrorKind.FilterFailure, 20).ToArray();

        TradingGate.Decide(Errors(kinds), Healthy, Now).Reason.Should().Be(TradingHaltReason.TooManyErrors);
        TradingGate.Decide(Errors(kinds[..19]), Healthy, Now).ContinueTrading.Should().BeTrue();
    }

    [Fact]
    public void Decide_CustomThresholds_Applied()
    {
        var decision = TradingGate.Decide(Errors(ErrorKind.UnknownStatus), Healthy, Now, new ErrorThresholds(MaxHighSeverity: 1));

        decision.Reason.Should().Be(TradingHaltReason.TooManyHighSeverityErrors);
    }

    [Fact]
    public void Decide_CriticalOutranksUnhealthy()
    {
        TradingGate.Decide(Errors(ErrorKind.Auth), Unhealthy, Now).Reason.Should().Be(TradingHaltReason.CriticalError);
    }
}
