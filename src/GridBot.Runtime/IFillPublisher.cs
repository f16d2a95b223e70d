using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>
/// Sends a fill to every fill handler (safety, flatten): in process locally; in the Function app through Storage queues
/// or a Service Bus topic (<c>FanOut:Kind</c>). A fill may be delivered more than once: handlers are idempotent.
/// </summary>
public interface IFillPublisher
{
    Task PublishAsync(string botId, ExchangeFill fill, CancellationToken ct);
}
