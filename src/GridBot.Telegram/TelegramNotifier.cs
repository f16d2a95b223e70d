using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace GridBot.Telegram;

/// <summary>
/// Notifications and report files to every allowed chat: text as <c>[botId] text</c>, escaped for MarkdownV2 and
/// split as needed; documents with sendDocument. A chat that cannot be reached is logged (by the sender) and skipped:
/// a notification never fails the bot operation or job that sent it.
/// </summary>
public sealed class TelegramNotifier(TelegramSender sender, TelegramOptions options) : INotifier, IDocumentNotifier
{
    private readonly IReadOnlyList<long> _chats = options.ChatIds();

    public async Task NotifyAsync(string botId, string text, CancellationToken ct)
    {
        var markdown = MarkdownV2.Escape($"[{botId}] {text}");
        foreach (var chat in _chats)
        {
            await sender.SendTextAsync(chat, markdown, null, ct).ConfigureAwait(false);
        }
    }

    public async Task SendDocumentAsync(string fileName, ReadOnlyMemory<byte> content, string? caption, CancellationToken ct)
    {
        var document = new TelegramDocument(fileName, content);
        foreach (var chat in _chats)
        {
            await sender.SendDocumentAsync(chat, document, caption, ct).ConfigureAwait(false);
        }
    }
}
