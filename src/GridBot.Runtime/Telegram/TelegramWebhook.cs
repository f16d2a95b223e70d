using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GridBot.Core.Ports;
using GridBot.Runtime.Control;
using GridBot.Telegram;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace GridBot.Runtime.Telegram;

/// <summary>
/// The webhook both HTTP hosts map (<c>POST /api/telegram</c>): Telegram off is 404; the
/// <c>X-Telegram-Bot-Api-Secret-Token</c> header must equal <c>Telegram:WebhookSecret</c> (SHA-256 digests compared in
/// constant time) or 401 before the body is read; a body over <see cref="MaxBytes"/> is 413 and one that is not an
/// update 400. Then 200 whatever happens next, so Telegram does not redeliver: a repeated <c>update_id</c>
/// (<see cref="UpdateWindow"/>, per process) and a chat not allow-listed (logged, no reply) are dropped; a message is
/// routed (<see cref="TelegramCommandRouter"/>) and the replies sent (a store that is down is a reply saying so); a
/// button press is answered and acted on. A reply
/// that cannot be sent is logged by the sender; the command is not retried (at most once).
/// </summary>
public sealed partial class TelegramWebhook
{
    /// <summary>Updates are a few KiB at most (a 4,096-character message with its entities).</summary>
    public const int MaxBytes = 64 * 1024;

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly TelegramOptions _options;
    private readonly TelegramSender? _sender;
    private readonly UpdateWindow _window;
    private readonly ILogger _logger;
    private readonly HashSet<long> _chats;
    private readonly byte[] _secretDigest;

    public TelegramWebhook(TelegramOptions options, TelegramSender? sender, UpdateWindow window, ILogger<TelegramWebhook> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _sender = sender;
        _window = window;
        _logger = logger;
        _chats = [.. options.ChatIds()];
        _secretDigest = SHA256.HashData(Encoding.UTF8.GetBytes(options.WebhookSecret ?? string.Empty));
    }

    public bool Enabled => _options.Enabled && _sender is not null;

    /// <param name="secret">The secret header's value (null when absent).</param>
    /// <param name="body">The request body (read here, at most one byte past <see cref="MaxBytes"/>).</param>
    /// <param name="length">The request's stated length, if any.</param>
    /// <param name="router">Makes the router for this request (the Function app's control service is per invocation).</param>
    public async Task<TelegramWebhookResult> HandleAsync(string? secret, Stream body, long? length, Func<TelegramCommandRouter> router, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(router);
        if (!Enabled)
        {
            return new TelegramWebhookResult(404, "Telegram is off on this host: set Telegram:BotToken, Telegram:WebhookSecret and Telegram:AllowedChatIds");
        }

        if (!SecretMatches(secret))
        {
            return new TelegramWebhookResult(401, $"send the webhook secret in the {SecretHeader} header");
        }

        var bytes = await BoundedBody.ReadAsync(body, length, MaxBytes, ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return new TelegramWebhookResult(413, $"the body is larger than {MaxBytes} bytes");
        }

        var (update, problem) = Parse(bytes);
        if (update is null)
        {
            return new TelegramWebhookResult(400, problem);
        }

        if (!_window.TryAdd(update.Id))
        {
            Duplicate(_logger, update.Id);
            return TelegramWebhookResult.Handled;
        }

        await RouteAsync(update, router, ct).ConfigureAwait(false);
        return TelegramWebhookResult.Handled;
    }

    private async Task RouteAsync(Update update, Func<TelegramCommandRouter> router, CancellationToken ct)
    {
        var chatId = update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id;
        if (chatId is not { } chat)
        {
            Ignored(_logger, update.Id, update.Type);
            return;
        }

        if (!_chats.Contains(chat))
        {
            NotAllowed(_logger, chat, update.Id);
            return;
        }

        if (update.CallbackQuery is { } callback)
        {
            var (answer, replies) = await StoredAsync(update.Id, () => router().HandleCallbackAsync(chat, callback.Data, ct)).ConfigureAwait(false);
            await _sender!.AnswerCallbackAsync(callback.Id, answer, ct).ConfigureAwait(false);
            await SendAsync(chat, replies, ct).ConfigureAwait(false);
        }
        else if (update.Message?.Text is { } text)
        {
            var (_, replies) = await StoredAsync(update.Id, async () => (string.Empty, await router().HandleTextAsync(chat, text, ct).ConfigureAwait(false)))
                .ConfigureAwait(false);
            await SendAsync(chat, replies, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs the router; a store that is down (the report views read it directly) is a reply saying so and a 200, not a
    /// 5xx Telegram would redeliver.
    /// </summary>
    private async Task<(string Answer, IReadOnlyList<TelegramReply> Replies)> StoredAsync(
        long updateId, Func<Task<(string Answer, IReadOnlyList<TelegramReply> Replies)>> route)
    {
        try
        {
            return await route().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StorageUnavailableException or StateStoreException)
        {
            StoreDown(_logger, updateId, ex.Message);
            return ("Unavailable", [new TelegramReply($"The store is unavailable; nothing was done. Try again later. ({ex.Message})")]);
        }
    }

    private async Task SendAsync(long chat, IReadOnlyList<TelegramReply> replies, CancellationToken ct)
    {
        foreach (var reply in replies)
        {
            await _sender!.SendTextAsync(chat, MarkdownV2.Escape(reply.Text), reply.Buttons, ct).ConfigureAwait(false);
        }
    }

    private bool SecretMatches(string? given) =>
        !string.IsNullOrEmpty(given) && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), _secretDigest);

    /// <summary>The update, or null and why it is not one.</summary>
    private static (Update? Update, string Problem) Parse(byte[] bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("update_id", out var id) || id.ValueKind != JsonValueKind.Number || !id.TryGetInt32(out var n) || n < 0)
            {
                return (null, "the body is not a Telegram update: it needs a whole-number update_id");
            }

            var update = doc.RootElement.Deserialize<Update>(JsonBotAPI.Options);
            return update is null ? (null, "the body is not a Telegram update") : (update, string.Empty);
        }
#pragma warning disable CA1031 // Whatever the body makes the parser or Telegram.Bot's converters throw, the sender gets a 400, never a 500.
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
#pragma warning restore CA1031
        {
            return (null, $"the body is not a valid Telegram update: {ex.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: update {UpdateId} seen before; ignored")]
    private static partial void Duplicate(ILogger logger, long updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: chat {ChatId} is not in Telegram:AllowedChatIds; update {UpdateId} ignored")]
    private static partial void NotAllowed(ILogger logger, long chatId, long updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: update {UpdateId} not handled, the store is unavailable: {Detail}")]
    private static partial void StoreDown(ILogger logger, long updateId, string detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram: update {UpdateId} ({Type}) has no chat to answer; ignored")]
    private static partial void Ignored(ILogger logger, long updateId, global::Telegram.Bot.Types.Enums.UpdateType type);
}
