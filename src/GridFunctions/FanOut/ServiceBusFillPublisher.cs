using Azure.Messaging.ServiceBus;
using GridBot.Core.Ports;
using GridBot.Runtime;

namespace GridFunctions.FanOut;

/// <summary>
/// Fan-out over a Service Bus topic (<c>fills</c>; subscriptions <c>safety</c> and <c>flatten</c>): one message per
/// fill, <c>MessageId</c> = <c>{botId}:{tradeId}</c> so the topic's duplicate detection drops a re-publish, and
/// <c>SessionId</c> = the bot id so each bot's fills are handled in order.
/// </summary>
public sealed class ServiceBusFillPublisher(ServiceBusClient client, string topic) : IFillPublisher, IAsyncDisposable
{
    private readonly ServiceBusSender _sender = client.CreateSender(topic);

    public static ServiceBusFillPublisher Create(FanOutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var client = !string.IsNullOrWhiteSpace(options.ServiceBusConnection)
            ? new ServiceBusClient(options.ServiceBusConnection)
            : new ServiceBusClient(options.ServiceBusNamespace, new Azure.Identity.DefaultAzureCredential());
        return new ServiceBusFillPublisher(client, options.Topic);
    }

    /// <summary>The message for one fill (its body is <see cref="FillMessage"/>'s JSON).</summary>
    public static ServiceBusMessage Message(string botId, ExchangeFill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        var message = new ServiceBusMessage(new FillMessage(botId, fill).ToUtf8())
        {
            MessageId = $"{botId}:{fill.TradeId}",
            SessionId = botId,
            ContentType = "application/json",
            Subject = "fill",
        };
        message.ApplicationProperties["botId"] = botId;
        message.ApplicationProperties["tradeId"] = fill.TradeId;
        return message;
    }

    public Task PublishAsync(string botId, ExchangeFill fill, CancellationToken ct) =>
        _sender.SendMessageAsync(Message(botId, fill), ct);

    public async ValueTask DisposeAsync()
    {
        await _sender.DisposeAsync().ConfigureAwait(false);
        await client.DisposeAsync().ConfigureAwait(false);
    }
}
