using GridBot.Core.Errors;

namespace GridBot.Core.Tests.Errors;

public class RecoveryAdvisorTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static List<ErrorEvent> Events(params ErrorKind[] kinds) =>
        kinds.Select((k, i) => new ErrorEvent(Now.AddSeconds(i), k)).ToList();

    [Fact]
    public void Recommend_NoErrors_None()
    {
        RecoveryAdvisor.Recommend([], TradingDecision.Continue).Should().BeEquivalentTo(new { Action = RecoveryAction.None, Cause = (ErrorKind?)null });
    }

    [Theory]
    [InlineData(ErrorKind.Network, RecoveryAction.RetryAfterBackoff)]
    [InlineData(ErrorKind.InvalidTimestamp, RecoveryAction.ResyncTime)]
    [InlineData(ErrorKind.UnknownStatus, RecoveryAction.Reconcile)]
    [InlineData(ErrorKind.FilterFailure, RecoveryAction.Skip)]
    public void Recommend_SingleError_ItsOwnAction(ErrorKind kind, RecoveryAction expected)
    {
        var recommendation = RecoveryAdvisor.Recommend(Events(kind), TradingDecision.Continue);

        recommendation.Action.Should().Be(expected);
        recommendation.Cause.Should().Be(kind);
    }

    [Fact]
    public void Recommend_Mixed_MostEscalatedWins()
    {
        var recommendation = RecoveryAdvisor.Recommend(
            Events(ErrorKind.FilterFailure, ErrorKind.UnknownStatus, ErrorKind.Network), TradingDecision.Continue);

        recommendation.Action.Should().Be(RecoveryAction.Reconcile);
        recommendation.Cause.Should().Be(ErrorKind.UnknownStatus);
    }

    [Fact]
    public void Recommend_Tie_LatestErrorIsTheCause()
    {
        RecoveryAdvisor.Recommend(Events(ErrorKind.UnknownStatus, ErrorKind.DuplicateClientOrderId), TradingDecision.Continue)
            .Cause.Should().Be(ErrorKind.DuplicateClientOrderId);
    }

    [Fact]
    public void Recommend_HaltedByMildErrors_EscalatesToPause()
    {
        var halt = TradingDecision.Halt(TradingHaltReason.TooManyErrors, "20 error(s), limit 20");

        var recommendation = RecoveryAdvisor.Recommend(Events(ErrorKind.FilterFailure), halt);

        recommendation.Action.Should().Be(RecoveryAction.Pause);
        recommendation.Reason.Should().Contain("20 error(s)");
    }

    [Fact]
    public void Recommend_AuthHalt_KeepsManualIntervention()
    {
        var window = ErrorWindow.Create().Record(new ErrorEvent(Now, ErrorKind.Auth));

        var recommendation = RecoveryAdvisor.Recommend(window, ConnectionHealth.Create(), Now);

        recommendation.Action.Should().Be(RecoveryAction.ManualIntervention);
    }

    [Fact]
    public void Recommend_IpBanned_Pause()
    {
        var window = ErrorWindow.Create().Record(new ErrorEvent(Now, ErrorKind.IpBanned));

        RecoveryAdvisor.Recommend(window, ConnectionHealth.Create(), Now).Should()
            .BeEquivalentTo(new { Action = RecoveryAction.Pause, Cause = ErrorKind.IpBanned });
    }
}
