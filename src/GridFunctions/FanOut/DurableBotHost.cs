using System.Text.Json;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;
using GridBot.Runtime;
using GridFunctions.Durable;

namespace GridFunctions.FanOut;

/// <summary>
/// <see cref="IBotHost"/> over the Durable engine: an operation is one <c>BotOperation</c> orchestration (a fresh
/// instance id each call) waited for; the state is the bot entity's. A failed orchestration is a
/// <see cref="StorageUnavailableException"/> carrying its failure, which the control service answers with 503.
/// </summary>
public sealed class DurableBotHost(IBotOrchestrations orchestrations) : IBotHost
{
    public async Task<BotDecision> SendAndWaitAsync(string botId, BotOperation operation, CancellationToken ct)
    {
        var instanceId = $"op-{botId}-{Guid.NewGuid():N}";
        var request = new BotOperationRequest(botId, JsonSerializer.Serialize(operation, CoreJsonContext.Default.BotOperation));
        if (!await orchestrations.StartAsync(instanceId, request, startAt: null, ct).ConfigureAwait(false))
        {
            throw new StorageUnavailableException($"operation {instanceId} was not started: an instance with that id is active");
        }

        var result = await orchestrations.WaitAsync(instanceId, ct).ConfigureAwait(false);
        if (result.Failure is not null)
        {
            throw new StorageUnavailableException($"operation {instanceId} failed: {result.Failure}");
        }

        return (result.Decision is null ? null : JsonSerializer.Deserialize(result.Decision, CoreJsonContext.Default.BotDecision))
            ?? throw new StorageUnavailableException($"operation {instanceId} returned no decision");
    }

    public Task<BotState?> GetStateAsync(string botId, CancellationToken ct) => orchestrations.GetStateAsync(botId, ct);
}
