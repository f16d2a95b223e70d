using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;

namespace GridBot.Runtime;

/// <summary>
/// Where bots live, for the control service and the fill handlers: the local runtime (<see cref="BotRuntime"/>, a
/// mailbox per bot) or the Function app (a Durable entity per bot, each operation an orchestration). Either applies a
/// bot's operations one at a time and saves the state before any effect runs.
/// </summary>
public interface IBotHost
{
    /// <summary>Applies <paramref name="operation"/> (and every operation its effects lead to) and returns its decision.</summary>
    Task<BotDecision> SendAndWaitAsync(string botId, BotOperation operation, CancellationToken ct);

    /// <summary>The bot's saved state, or null when there is no such bot.</summary>
    Task<BotState?> GetStateAsync(string botId, CancellationToken ct);
}

/// <summary>A host a paper replay can drive: it also reads new fills on request (after the paper venue traded a path point).</summary>
public interface IBotReplayHost : IBotHost
{
    /// <summary>Reads new fills from the venue, records them in the ledger and applies them to the bot.</summary>
    Task PollFillsAsync(string botId, CancellationToken ct);
}
