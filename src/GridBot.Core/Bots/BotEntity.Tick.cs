using GridBot.Core.Grid;

namespace GridBot.Core.Bots;

public static partial class BotEntity
{
    private static BotRejection? OnTick(Step step)
    {
        RollDay(step);
        Reconcile(step);
        if (step.View.Price is not { } price || step.State.Grid is not { } grid || step.State.Status != BotStatus.Running)
        {
            if (step.View.Price is { } p)
            {
                CheckSafety(step, p);
                step.State = step.State with { Risk = step.State.Risk with { LastPrice = p } };
            }

            return null;
        }

        var update = GridEngine.OnPrice(grid, price);
        step.State = step.State with { Grid = update.State };
        if (update.Signal is GridSignal.StopLossTriggered or GridSignal.TakeProfitTriggered)
        {
            step.SetStatus(BotStatus.Flattening, $"{update.Signal} at {price}");
            step.State = step.State with { Exit = update.Signal, ExitMs = step.View.NowMs };
        }
        else if (update.Signal is GridSignal.TrailedUp or GridSignal.TrailedDown)
        {
            step.Notify($"grid trailed to {update.State.Bottom.Price}–{update.State.Top.Price}");
        }

        CheckSafety(step, price);
        step.State = step.State with { Risk = step.State.Risk with { LastPrice = price } };
        return null;
    }

    private static void RollDay(Step step)
    {
        var day = Day(step.View.NowMs);
        var risk = step.State.Risk;
        if (day <= risk.Day)
        {
            return;
        }

        var equity = risk.LastPrice is { } last ? step.State.Equity(last) : step.State.Config.Capital;
        step.State = step.State with { Risk = risk with { Day = day, DayStartEquity = equity, ApiErrors = 0 } };
    }
}
