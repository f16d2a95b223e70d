using GridBot.Runtime;
using GridFunctions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.FanOut;

/// <summary>The <c>safety</c> subscriber: each fill → <see cref="SafetyFillHandler"/> (may pause, flatten or stop the bot).</summary>
public sealed class FillSafetyFunction(FillDispatcher dispatcher)
{
    [Function("FillSafety")]
    public Task RunAsync(
        [QueueTrigger("%FanOut:SafetyQueue%", Connection = "FanOut:QueueConnection")] string message, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        RunWithAsync(message, new FunctionsBotOrchestrations(client), ct);

    /// <summary>The function's body with its Durable client: the bot's state is read from its entity, operations start as orchestrations.</summary>
    public Task RunWithAsync(string message, IBotOrchestrations orchestrations, CancellationToken ct) =>
        dispatcher.DispatchAsync(new SafetyFillHandler(new DurableBotHost(orchestrations)), message, orchestrations, ct);

#if SERVICE_BUS_TRIGGERS
    [Function("FillSafetyServiceBus")]
    public Task RunServiceBusAsync(
        [ServiceBusTrigger("%FanOut:Topic%", "safety", Connection = "FanOut:ServiceBusConnection", IsSessionsEnabled = true)] string message,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct) =>
        RunWithAsync(message, new FunctionsBotOrchestrations(client), ct);
#endif
}
