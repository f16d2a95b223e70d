namespace GridBot.Core.Errors;

/// <summary>Recommends one recovery action from recent errors and the trading decision. Pure.</summary>
public static class RecoveryAdvisor
{
    /// <summary>
    /// The most escalated action (<see cref="RecoveryAction"/> is ordered) among the recent errors' own actions,
    /// the latest error winning a tie (errors are in time order). When the decision halts trading, the result is
    /// at least <see cref="RecoveryAction.Pause"/>.
    /// </summary>
    public static RecoveryRecommendation Recommend(IReadOnlyList<ErrorEvent> recent, TradingDecision decision)
    {
        var worst = recent.Reverse().MaxBy(e => e.Kind.Recovery());
        var action = worst?.Kind.Recovery() ?? RecoveryAction.None;

        if (!decision.ContinueTrading && action < RecoveryAction.Pause)
        {
            return new RecoveryRecommendation(RecoveryAction.Pause, worst?.Kind, $"trading halted: {decision.Detail}");
        }

        return worst is null
            ? new RecoveryRecommendation(RecoveryAction.None, null, "no recent errors")
            : new RecoveryRecommendation(action, worst.Kind, $"{worst.Kind} calls for {action}");
    }

    public static RecoveryRecommendation Recommend(ErrorWindow errors, ConnectionHealth health, DateTimeOffset now, ErrorThresholds? thresholds = null) =>
        Recommend(errors.Recent(now), TradingGate.Decide(errors, health, now, thresholds));
}
