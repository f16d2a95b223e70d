using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Runtime;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Entities;

namespace GridFunctions.Durable;

/// <summary>
/// Orchestration <c>BotOperation</c>: the local mailbox's loop, made durable. It locks the bot's entity (a critical
/// section: no other operation of this bot runs until it ends), then runs <see cref="BotLoop"/> with steps that decide
/// through the entity and do everything else through activities, feeding results back as operations until none is
/// left. Every step's result is in the orchestration's history, so a replay after a crash takes the same path and a
/// step that had completed is not run again. A null operation reads new fills (what a fill notification asks for).
/// </summary>
public static class BotOperationOrchestration
{
    public const string Name = "BotOperation";

    [Function(Name)]
    public static Task<BotOperationResult> RunOrchestratorAsync([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RunAsync(context, context.GetInput<BotOperationRequest>() ?? throw new InvalidOperationException("BotOperation needs its input"));
    }

    public static async Task<BotOperationResult> RunAsync(TaskOrchestrationContext context, BotOperationRequest request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var entity = new EntityInstanceId(BotDurableEntity.Name, request.BotId);
        var lease = await context.Entities.LockEntitiesAsync(entity);
        await using (lease.ConfigureAwait(true))
        {
            var steps = new DurableSteps(context, entity, request.BotId);
            await steps.LoadAsync();
            var operation = string.IsNullOrEmpty(request.Operation) ? null : DurableJson.ReadOperation(request.Operation);
            var decision = await BotLoop.RunAsync(steps, operation);
            return new BotOperationResult(DurableJson.Write(decision ?? new BotDecision(steps.State, [])), null);
        }
    }

    /// <summary>The loop's steps in an orchestration: the entity decides, activities do the rest (deterministic: no I/O here).</summary>
    private sealed class DurableSteps(TaskOrchestrationContext context, EntityInstanceId entity, string botId) : IBotSteps
    {
        private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(1)));

        public BotState? State { get; private set; }

        public async Task LoadAsync() => State = DurableJson.ReadState(await context.Entities.CallEntityAsync<string?>(entity, "Get"));

        public async Task<BotDecision> DecideAsync(BotOperation operation)
        {
            var op = DurableJson.Write(operation);
            var view = await context.CallActivityAsync<string>(BotActivities.ReadViewName, new ViewRequest(StateJson, op), Retry);
            var decision = DurableJson.ReadDecision(await context.Entities.CallEntityAsync<string>(entity, nameof(BotDurableEntity.Apply), new ApplyRequest(op, view)));
            if (decision.Accepted && decision.State is { } next)
            {
                var before = State;
                State = next;
                if (before is null || before.Status != next.Status)
                {
                    await context.CallActivityAsync(BotActivities.RegisterName, DurableJson.Write(next), Retry);
                }
            }

            return decision;
        }

        public async Task<IReadOnlyList<BotOperation>> ReadFillsAsync(IReadOnlyCollection<string> queuedTradeIds)
        {
            if (State is null)
            {
                return [];
            }

            var ops = await context.CallActivityAsync<string>(BotActivities.ReadFillsName, new FillsRequest(StateJson!, [.. queuedTradeIds]), Retry);
            return DurableJson.ReadOperations(ops);
        }

        public async Task<PlaceOutcome> PlaceAsync(BotState state, PlaceOrder place)
        {
            var placed = await context.CallActivityAsync<PlaceResult>(
                BotActivities.PlaceOrderName, new EffectRequest(DurableJson.Write(state), BotActivities.WriteEffect(place)), Retry);
            return new PlaceOutcome(DurableJson.ReadOperation(placed.Result), placed.Filled);
        }

        public Task<bool> CancelAsync(BotState state, CancelOrder cancel) =>
            context.CallActivityAsync<bool>(BotActivities.CancelOrderName, new EffectRequest(DurableJson.Write(state), BotActivities.WriteEffect(cancel)), Retry);

        public Task PublishAsync(PublishFill publish) =>
            context.CallActivityAsync(BotActivities.PublishFillsName, new PublishRequest(publish.BotId, DurableJson.Write(publish.Fill)), Retry);

        public Task NotifyAsync(Notify notify) => context.CallActivityAsync(BotActivities.NotifyName, new NotifyRequest(notify.BotId, notify.Text), Retry);

        public Task ScheduleAsync(Schedule schedule) =>
            context.CallActivityAsync(BotActivities.ScheduleName, new ScheduleRequest(botId, DurableJson.Write(schedule.Operation), schedule.AtMs), Retry);

        private string? StateJson => State is null ? null : DurableJson.Write(State);
    }
}
