using GridBot.Core.Bots;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Entities;

namespace GridFunctions.Durable;

/// <summary>
/// The bot as a Durable entity (entity name <c>Bot</c>, key = bot id): it holds the bot's state and applies one
/// operation at a time with the pure <c>BotEntity.Decide</c>, the same function the local runtime calls. The state is
/// kept as the Core's JSON (<see cref="BotEntityState"/>), so it round-trips exactly whatever the worker's serializer.
/// Operations: <c>Apply</c> (an operation and the market view it is decided on → the decision, state saved when
/// accepted) and <c>Get</c>.
/// </summary>
public sealed class BotDurableEntity : TaskEntity<BotEntityState?>
{
    public const string Name = "Bot";

    public string Apply(ApplyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = BotEntity.Decide(DurableJson.ReadState(State?.Bot), DurableJson.ReadOperation(request.Operation), DurableJson.ReadView(request.View));
        if (decision.Accepted && decision.State is { } next)
        {
            State = new BotEntityState(DurableJson.Write(next));
        }

        return DurableJson.Write(decision);
    }

    public string? Get() => State?.Bot;

    /// <summary>No bot until <c>CreateBot</c> is applied.</summary>
    protected override BotEntityState? InitializeState(TaskEntityOperation entityOperation) => null;

    [Function(Name)]
    public static Task RunAsync([EntityTrigger] TaskEntityDispatcher dispatcher)
    {
        ArgumentNullException.ThrowIfNull(dispatcher);
        return dispatcher.DispatchAsync<BotDurableEntity>();
    }
}

/// <summary>The entity's state: the bot's <c>BotState</c> as the Core's JSON.</summary>
public sealed record BotEntityState(string Bot);

/// <summary><c>Apply</c>'s input: the operation and the market view, as the Core's JSON.</summary>
public sealed record ApplyRequest(string Operation, string View);
