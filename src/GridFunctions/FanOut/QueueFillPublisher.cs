using Azure.Storage.Queues;
using GridBot.Core.Ports;
using GridBot.Runtime;

namespace GridFunctions.FanOut;

/// <summary>
/// Fan-out over Azure Storage queues: each fill becomes one message in every handler's queue (<c>fills-safety</c>,
/// <c>fills-flatten</c>), base64-encoded as the Functions queue trigger reads it. The queues are created at first use.
/// A fill published twice is two messages; the handlers are idempotent.
/// </summary>
public sealed class QueueFillPublisher : IFillPublisher
{
    private readonly QueueClient[] _queues;
    private volatile bool _created;

    public QueueFillPublisher(QueueServiceClient service, IEnumerable<string> queueNames)
    {
        ArgumentNullException.ThrowIfNull(service);
        _queues = [.. queueNames.Select(service.GetQueueClient)];
    }

    /// <summary>Base64 message encoding: what the Functions queue trigger expects.</summary>
    public static QueueClientOptions ClientOptions => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public static QueueFillPublisher Create(FanOutOptions options, string? storageConnection, string? webJobsStorage)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new QueueFillPublisher(ServiceClient(options, storageConnection, webJobsStorage), [options.SafetyQueue, options.FlattenQueue]);
    }

    /// <summary>The account the fills go to: see <see cref="FanOutOptions"/> for the order the settings are tried in.</summary>
    public static QueueServiceClient ServiceClient(FanOutOptions options, string? storageConnection, string? webJobsStorage)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.QueueConnection))
        {
            return new QueueServiceClient(options.QueueConnection, ClientOptions);
        }

        if (FanOutOptions.SetUri(options.QueueServiceUri) is { } uri)
        {
            return new QueueServiceClient(uri, new Azure.Identity.DefaultAzureCredential(), ClientOptions);
        }

        var fallback = !string.IsNullOrWhiteSpace(storageConnection) ? storageConnection : webJobsStorage;
        return string.IsNullOrWhiteSpace(fallback)
            ? throw new InvalidOperationException(
                $"{FanOutOptions.SectionName}:Kind is Queues but no queue account is set: set {FanOutOptions.SectionName}:QueueConnection or {FanOutOptions.SectionName}:QueueServiceUri")
            : new QueueServiceClient(fallback, ClientOptions);
    }

    public async Task PublishAsync(string botId, ExchangeFill fill, CancellationToken ct)
    {
        if (!_created)
        {
            foreach (var queue in _queues)
            {
                await queue.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
            }

            _created = true;
        }

        var body = BinaryData.FromBytes(new FillMessage(botId, fill).ToUtf8());
        foreach (var queue in _queues)
        {
            await queue.SendMessageAsync(body, cancellationToken: ct).ConfigureAwait(false);
        }
    }
}
