using GridBot.Core.Bots.Effects;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Core.Bots;

public static partial class BotEntity
{
    /// <summary>Saves a new intent (the outbox) and asks for it to be sent.</summary>
    private static OrderIntent AddIntent(Step step, IntentKind kind, int level, OrderSide side, OrderType type, decimal? price, decimal quantity)
    {
        var s = step.State;
        var id = ClientOrderIds.For(s.BotId, s.NextSeq, kind, s.Grid?.Generation ?? 0, level, side);
        var intent = new OrderIntent(id, kind, level, side, type, price, quantity, IntentStatus.Pending);
        step.State = s with
        {
            Intents = [.. s.Intents, intent],
            NextSeq = s.NextSeq + 1,
            Counters = s.Counters with { Orders = s.Counters.Orders + 1 },
        };
        step.Effects.Add(new PlaceOrder(intent.ToRequest(s.Config.Rules.Symbol)));
        return intent;
    }

    private static void RequestCancel(Step step, OrderIntent intent)
    {
        step.UpdateIntent(intent, i => i with { Status = IntentStatus.CancelPending });
        step.State = step.State with { Counters = step.State.Counters with { Cancels = step.State.Counters.Cancels + 1 } };
        step.Effects.Add(new CancelOrder(step.State.Config.Rules.Symbol, intent.ClientOrderId));
    }

    private static BotRejection? OnAccepted(Step step, ExchangeOrder order)
    {
        if (step.State.Intent(order.ClientOrderId) is not { } intent)
        {
            return null;
        }

        if (order.Status is OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.Expired)
        {
            // Terminal: its fills, if any, arrive as FillObserved by trade id. A closing order that executed more than
            // the bot has seen stays, shrunk to what executed, until those fills arrive: the flatten must not send the
            // next order before it knows what this one sold.
            step.UpdateIntent(intent, i => i.Kind == IntentKind.Flatten && order.FilledQuantity > i.Filled
                ? i with { Quantity = order.FilledQuantity, Status = IntentStatus.Open, ExchangeOrderId = order.ExchangeOrderId }
                : null);
            return null;
        }

        step.UpdateIntent(intent, i => i with
        {
            Status = i.Status == IntentStatus.CancelPending ? IntentStatus.CancelPending : IntentStatus.Open,
            ExchangeOrderId = order.ExchangeOrderId,
        });
        return null;
    }

    private static BotRejection? OnRejected(Step step, string clientOrderId, Error error)
    {
        if (step.State.Intent(clientOrderId) is not { } intent)
        {
            return null;
        }

        if (error.Kind == ErrorKind.DuplicateClientOrderId)
        {
            // The venue already has this order: an earlier send went through.
            step.UpdateIntent(intent, i => i with { Status = i.Status == IntentStatus.CancelPending ? i.Status : IntentStatus.Open });
            return null;
        }

        CountApiError(step);
        if (error.IsTransient)
        {
            // Outcome unknown (timeout, 5xx) or not sent (network, rate limit): stays Pending; the next Tick looks it
            // up by client order id and re-sends with the same id only if the venue does not have it.
            return null;
        }

        step.UpdateIntent(intent, _ => null);
        step.State = step.State with { Counters = step.State.Counters with { Rejections = step.State.Counters.Rejections + 1 } };
        if (intent.Kind == IntentKind.Flatten && step.State.Status == BotStatus.Flattening)
        {
            // Sending it again would be refused again: stop with what is left and let a person look.
            FinishFlatten(step, F($"flatten stopped: closing order {clientOrderId} rejected ({error}); {step.State.Position.Quantity} {step.State.Config.Rules.Symbol.BaseAsset} left"));
        }
        else if (step.State.Status == BotStatus.Running && intent.Kind != IntentKind.Flatten)
        {
            // Re-placing a rejected order would be rejected again: stop and let a person look.
            step.SetStatus(BotStatus.Paused, $"order {clientOrderId} rejected: {error}");
        }
        else
        {
            step.Notify($"order {clientOrderId} rejected: {error}");
        }

        return null;
    }

    private static BotRejection? OnCanceled(Step step, string clientOrderId)
    {
        if (step.State.Intent(clientOrderId) is { } intent)
        {
            step.UpdateIntent(intent, _ => null);
        }

        return null;
    }

    /// <summary>Applies the venue's answers to the lookups the runtime made for pending intents.</summary>
    private static void Reconcile(Step step)
    {
        if (step.View.Lookups is not { } lookups)
        {
            return;
        }

        foreach (var (clientOrderId, order) in lookups)
        {
            if (step.State.Intent(clientOrderId) is not { } intent)
            {
                continue;
            }

            if (order is null)
            {
                ReconcileMissing(step, intent);
            }
            else if (order.Status.IsOpen())
            {
                if (intent.Status == IntentStatus.CancelPending)
                {
                    step.Effects.Add(new CancelOrder(step.State.Config.Rules.Symbol, clientOrderId));
                }
                else
                {
                    step.UpdateIntent(intent, i => i with { Status = IntentStatus.Open, ExchangeOrderId = order.ExchangeOrderId });
                }
            }
            else if (order.Status != OrderStatus.Filled || order.FilledQuantity <= intent.Filled)
            {
                // Finished; a fill we have not seen yet would still be applied by trade id when it arrives.
                step.UpdateIntent(intent, _ => null);
            }
        }
    }

    private static void ReconcileMissing(Step step, OrderIntent intent)
    {
        if (intent.Status != IntentStatus.Pending)
        {
            // Open or being cancelled, and the venue no longer knows it: it is gone.
            step.UpdateIntent(intent, _ => null);
            return;
        }

        // The venue never received it: send it again with the same client order id (a duplicate would be refused).
        step.UpdateIntent(intent, i => i with { Sends = i.Sends + 1 });
        step.State = step.State with { Counters = step.State.Counters with { Resends = step.State.Counters.Resends + 1 } };
        step.Effects.Add(new PlaceOrder(intent.ToRequest(step.State.Config.Rules.Symbol)));
    }

    private static void CountApiError(Step step) =>
        step.State = step.State with { Risk = step.State.Risk with { ApiErrors = step.State.Risk.ApiErrors + 1 } };
}
