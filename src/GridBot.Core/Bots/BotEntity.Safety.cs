using GridBot.Core.Safety;

namespace GridBot.Core.Bots;

public static partial class BotEntity
{
    /// <summary>Runs the safety monitor on the bot's figures at <paramref name="price"/> and turns its action into a transition.</summary>
    private static void CheckSafety(Step step, decimal price)
    {
        if (price <= 0m)
        {
            return;
        }

        var s = step.State = step.State with { Risk = step.State.Risk with { PeakEquity = Math.Max(step.State.Risk.PeakEquity, step.State.Equity(price)) } };
        if (s.Status is not (BotStatus.Running or BotStatus.Paused))
        {
            return;
        }

        var assessment = SafetyMonitor.Assess(Metrics(s, price, step.View.NowMs), s.Config.Limits);
        var reason = string.Join("; ", assessment.Events.Select(e => e.Message));
        var target = assessment.Action switch
        {
            SafetyAction.EmergencyStop => BotStatus.EmergencyStopped,
            SafetyAction.Flatten => BotStatus.Flattening,
            SafetyAction.Pause or SafetyAction.CancelOrders when s.Status == BotStatus.Running => BotStatus.Paused,
            _ => s.Status,
        };
        if (target == s.Status)
        {
            return;
        }

        step.State = s with { Counters = s.Counters with { SafetyActions = s.Counters.SafetyActions + 1 } };
        step.SetStatus(target, $"safety: {assessment.Action}: {reason}");
    }

    /// <summary>The safety monitor's inputs for this bot at <paramref name="price"/>.</summary>
    public static SafetyMetrics Metrics(BotState s, decimal price, long nowMs)
    {
        var equity = s.Equity(price);
        var peak = Math.Max(s.Risk.PeakEquity, equity);
        var drawdown = peak > 0m ? Math.Clamp((peak - equity) / peak, 0m, 1m) : 0m;
        var largestOrder = s.Intents.Where(i => i.Price is not null).Select(i => i.Price!.Value * i.Remaining).DefaultIfEmpty(0m).Max();
        var deviation = s.Risk.LastPrice is { } last && last > 0m ? Math.Abs(price - last) / last : 0m;
        return new SafetyMetrics(
            DateTimeOffset.FromUnixTimeMilliseconds(nowMs),
            positionValue: s.Position.Value(price),
            dailyPnl: equity - s.Risk.DayStartEquity,
            drawdown: drawdown,
            consecutiveLosses: s.Risk.ConsecutiveLosses,
            apiErrors: s.Risk.ApiErrors,
            orderNotional: largestOrder,
            priceDeviation: deviation);
    }
}
