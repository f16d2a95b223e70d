using GridBot.Core.Bots;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Entities;
using Microsoft.DurableTask.Entities;

namespace GridFunctions.Durable;

/// <summary><see cref="IBotOrchestrations"/> over the Functions <c>DurableTaskClient</c> binding (the host's gRPC client).</summary>
public sealed class FunctionsBotOrchestrations(DurableTaskClient client) : IBotOrchestrations
{
    public async Task<bool> StartAsync(string instanceId, BotOperationRequest request, DateTimeOffset? startAt, CancellationToken ct)
    {
        if (await IsActiveAsync(instanceId, ct).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(BotOperationOrchestration.Name, request, new StartOrchestrationOptions(instanceId, startAt), ct)
                .ConfigureAwait(false);
            return true;
        }
        catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.AlreadyExists)
        {
            return false; // another starter won the race for this id
        }
    }

    public async Task<bool> IsActiveAsync(string instanceId, CancellationToken ct)
    {
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, ct).ConfigureAwait(false);
        return instance is { RuntimeStatus: OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended };
    }

    public async Task<BotOperationResult> WaitAsync(string instanceId, CancellationToken ct)
    {
        var done = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, ct).ConfigureAwait(false);
        return done.RuntimeStatus == OrchestrationRuntimeStatus.Completed
            ? done.ReadOutputAs<BotOperationResult>() ?? new BotOperationResult(null, "BotOperation returned nothing")
            : new BotOperationResult(null, $"BotOperation {instanceId} ended {done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}");
    }

    public async Task<BotState?> GetStateAsync(string botId, CancellationToken ct)
    {
        var entity = await client.Entities.GetEntityAsync<BotEntityState>(new EntityInstanceId(BotDurableEntity.Name, botId), ct).ConfigureAwait(false);
        return entity is null ? null : DurableJson.ReadState(entity.State.Bot);
    }
}
