using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;

namespace GridBot.Core.Bots;

public static partial class BotEntity
{
    /// <summary>
    /// Makes the live intents match what the grid wants in the current status: while running (and not waiting for the
    /// start-up buy) every grid order has one intent; otherwise grid intents are cancelled. Flattening then closes the
    /// position with the TWAP planner once no grid order is left (<see cref="ConvergeFlatten"/>).
    /// </summary>
    private static void Converge(Step step)
    {
        var s = step.State;
        var waitingForBase = s.Intents.Any(i => i.Kind == IntentKind.StartBuy);
        var wanted = s.Status == BotStatus.Running && !waitingForBase && s.Grid is { } grid ? grid.Orders : [];
        foreach (var intent in s.Intents.Where(i => i.Kind == IntentKind.Grid && i.Status != IntentStatus.CancelPending))
        {
            if (!wanted.Any(o => o.Level == intent.Level && o.Side == intent.Side))
            {
                RequestCancel(step, intent);
            }
        }

        foreach (var order in wanted)
        {
            if (!step.State.Intents.Any(i => i.Kind == IntentKind.Grid && i.Level == order.Level && i.Side == order.Side))
            {
                AddIntent(step, IntentKind.Grid, order.Level, order.Side, OrderType.Limit, order.Price, order.Remaining);
            }
        }

        if (step.State.Status == BotStatus.Flattening)
        {
            ConvergeFlatten(step);
        }
    }
}
