using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;

namespace GridBot.Runtime;

/// <summary>
/// The steps of <see cref="BotLoop"/> as one host performs them. Locally (<see cref="BotRuntime"/>) each is a method
/// call with the state saved in the store; in the Function app the decision is the Durable entity's and every venue
/// step is an activity, so the loop that calls them is the same code in both.
/// </summary>
public interface IBotSteps
{
    /// <summary>Observes the market for <paramref name="operation"/>, applies it to the bot with the pure <c>Decide</c> and saves the result.</summary>
    Task<BotDecision> DecideAsync(BotOperation operation);

    /// <summary>New fills from the venue, recorded in the ledger, as <see cref="FillObserved"/> (and <see cref="FillsReadThrough"/>) operations.</summary>
    Task<IReadOnlyList<BotOperation>> ReadFillsAsync(IReadOnlyCollection<string> queuedTradeIds);

    /// <summary>Sends the order; the operation that reports the venue's answer, and whether it filled at once.</summary>
    Task<PlaceOutcome> PlaceAsync(BotState state, PlaceOrder place);

    /// <summary>Cancels the order; true when it is gone at the venue (cancelled now, or unknown there).</summary>
    Task<bool> CancelAsync(BotState state, CancelOrder cancel);

    Task PublishAsync(PublishFill publish);

    Task NotifyAsync(Notify notify);

    /// <summary>Delivers the operation to the bot later (a timer locally, a durable timer in the Function app).</summary>
    Task ScheduleAsync(Schedule schedule);
}

/// <summary>What a placement led to: the operation reporting the venue's answer, and whether the order filled at once (read fills now).</summary>
public sealed record PlaceOutcome(BotOperation Result, bool Filled);
