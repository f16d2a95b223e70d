using GridBot.Core.Bots;

namespace GridFunctions.Durable;

/// <summary>
/// The Durable client as the app's functions use it: start a bot operation as orchestration <c>BotOperation</c>, see
/// whether an instance is still running, wait for its decision, read a bot's entity state. In Azure it wraps the
/// Functions <c>DurableTaskClient</c> binding (<c>FunctionsBotOrchestrations</c>); the tests run the same
/// orchestrations, entity and activities on the Durable Task engine over Azurite and implement it over that engine.
/// </summary>
public interface IBotOrchestrations
{
    /// <summary>
    /// Starts <c>BotOperation</c> with <paramref name="instanceId"/> (at <paramref name="startAt"/> when given), unless an
    /// instance with that id is pending or running: then false, so ticks never pile up and a duplicate request (a fill
    /// delivered twice) starts nothing twice. A finished instance's id may be used again.
    /// </summary>
    Task<bool> StartAsync(string instanceId, BotOperationRequest request, DateTimeOffset? startAt, CancellationToken ct);

    /// <summary>True while the instance is pending or running.</summary>
    Task<bool> IsActiveAsync(string instanceId, CancellationToken ct);

    /// <summary>Waits for the instance to finish and returns its result (the decision, or why it failed).</summary>
    Task<BotOperationResult> WaitAsync(string instanceId, CancellationToken ct);

    /// <summary>The bot's state held by its entity, or null when there is no such bot.</summary>
    Task<BotState?> GetStateAsync(string botId, CancellationToken ct);
}

/// <summary>Orchestration <c>BotOperation</c>'s input: the bot and the operation as the Core's JSON (<c>CoreJsonContext</c>).</summary>
public sealed record BotOperationRequest(string BotId, string Operation);

/// <summary>How a <c>BotOperation</c> instance ended: the decision for its operation as the Core's JSON, or the failure.</summary>
public sealed record BotOperationResult(string? Decision, string? Failure);
