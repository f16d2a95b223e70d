using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Common;

namespace GridBot.Runtime;

/// <summary>
/// One bot operation and everything it leads to (DESIGN section 4): decide and save, run the effects in order, feed
/// their results back as operations, read fills when the venue may have filled something, until no operation is left.
/// The local mailbox and the Function app's <c>BotOperation</c> orchestration both run this loop, so the two hosts take
/// the same steps in the same order on the same input. Deterministic given the steps' results (a Durable replay
/// takes the same path). Its awaits keep the caller's context (<c>ConfigureAwait(true)</c>): an orchestrator's code must
/// continue on the orchestration's own scheduler, or the engine sees the episode end with nothing scheduled.
/// </summary>
public static class BotLoop
{
    /// <summary>
    /// Runs <paramref name="first"/> (or, when null, a read of new fills) to the end; returns the decision for the first
    /// operation applied, or null when there was none (a fill read that found nothing new).
    /// </summary>
    public static async Task<BotDecision?> RunAsync(IBotSteps steps, BotOperation? first)
    {
        Guard.NotNull(steps);
        var queue = new Queue<BotOperation>();
        if (first is not null)
        {
            queue.Enqueue(first);
        }
        else
        {
            await ReadFillsAsync(steps, queue).ConfigureAwait(true);
        }

        BotDecision? firstDecision = null;
        while (queue.TryDequeue(out var next))
        {
            var decision = await steps.DecideAsync(next).ConfigureAwait(true);
            firstDecision ??= decision;
            if (!decision.Accepted)
            {
                continue;
            }

            var poll = false;
            foreach (var effect in decision.Effects)
            {
                switch (effect)
                {
                    case PlaceOrder place:
                        var placed = await steps.PlaceAsync(decision.State!, place).ConfigureAwait(true);
                        queue.Enqueue(placed.Result);
                        poll |= placed.Filled;
                        break;
                    case CancelOrder cancel:
                        if (await steps.CancelAsync(decision.State!, cancel).ConfigureAwait(true))
                        {
                            // Read fills first: an order that filled before the cancel must reach the grid as a fill.
                            await ReadFillsAsync(steps, queue).ConfigureAwait(true);
                            queue.Enqueue(new OrderCanceled(cancel.ClientOrderId));
                        }

                        break;
                    case PublishFill publish:
                        await steps.PublishAsync(publish).ConfigureAwait(true);
                        break;
                    case Notify notify:
                        await steps.NotifyAsync(notify).ConfigureAwait(true);
                        break;
                    case Schedule schedule:
                        await steps.ScheduleAsync(schedule).ConfigureAwait(true);
                        break;
                    default:
                        throw new InvalidOperationException($"unknown effect {effect.GetType().Name}");
                }
            }

            if (poll)
            {
                await ReadFillsAsync(steps, queue).ConfigureAwait(true);
            }
        }

        return firstDecision;
    }

    private static async Task ReadFillsAsync(IBotSteps steps, Queue<BotOperation> queue)
    {
        var queued = queue.OfType<FillObserved>().Select(f => f.Fill.TradeId).ToHashSet(StringComparer.Ordinal);
        foreach (var op in await steps.ReadFillsAsync(queued).ConfigureAwait(true))
        {
            queue.Enqueue(op);
        }
    }
}
