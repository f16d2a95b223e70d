using GridBot.Runtime;
using GridFunctions.Durable;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace GridFunctions.FanOut;

/// <summary>The <c>flatten</c> subscriber: each fill → <see cref="FlattenFillHandler"/> (a flatten order's fill ticks the bot).</summary>
public sealed class FillFlattenFunction(FillDispatcher dispatcher)
{
    [Function("FillFlatten")]
    public Task RunAsync(
        [QueueTrigger("%FanOut:FlattenQueue%", Connection = "FanOut:QueueConnection")] string message, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        RunWithAsync(message, new FunctionsBotOrchestrations(client), ct);

    /// <summary>The function's body with its Durable client.</summary>
    public Task RunWithAsync(string message, IBotOrchestrations orchestrations, CancellationToken ct) =>
        dispatcher.DispatchAsync(new FlattenFillHandler(), message, orchestrations, ct);

#if SERVICE_BUS_TRIGGERS
    [Function("FillFlattenServiceBus")]
    public Task RunServiceBusAsync(
        [ServiceBusTrigger("%FanOut:Topic%", "flatten", Connection = "FanOut:ServiceBusConnection", IsSessionsEnabled = true)] string message,
        [DurableClient] DurableTaskClient client,
        CancellationToken ct) =>
        RunWithAsync(message, new FunctionsBotOrchestrations(client), ct);
#endif
}
