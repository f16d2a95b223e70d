using GridBot.Core.Ports;

namespace GridBot.Runtime.Hosting;

/// <summary>Every notification to each notifier in turn (the log, then Telegram); documents to those that take them.</summary>
public sealed class CompositeNotifier(IReadOnlyList<INotifier> notifiers) : INotifier, IDocumentNotifier
{
    public IReadOnlyList<INotifier> Notifiers { get; } = notifiers;

    public async Task NotifyAsync(string botId, string text, CancellationToken ct)
    {
        foreach (var notifier in Notifiers)
        {
            await notifier.NotifyAsync(botId, text, ct).ConfigureAwait(false);
        }
    }

    public async Task SendDocumentAsync(string fileName, ReadOnlyMemory<byte> content, string? caption, CancellationToken ct)
    {
        foreach (var documents in Notifiers.OfType<IDocumentNotifier>())
        {
            await documents.SendDocumentAsync(fileName, content, caption, ct).ConfigureAwait(false);
        }
    }
}
