using GridBot.Core.Common;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace GridBot.Telegram;

/// <summary>
/// The Bot API calls the bot makes, over <see cref="TelegramBotClient"/> at <see cref="TelegramOptions.ApiBaseUrl"/>:
/// sendMessage (MarkdownV2, split at 4,096 characters, an inline keyboard on the last part), answerCallbackQuery,
/// sendDocument and setWebhook. A 429 is retried after its <c>retry_after</c>, at most <see cref="MaxRetries"/> times
/// and only when Telegram asks for at most <see cref="MaxRetryAfter"/>; Telegram.Bot's own automatic retry is turned
/// off (<c>RetryCount = 0</c>) so there is one bounded policy, here, that logs each wait. Failures are values
/// (<see cref="TelegramResult"/>), never exceptions, and never carry the token. Thread-safe.
/// </summary>
public sealed partial class TelegramSender
{
    public const int MaxRetries = 3;

    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    private readonly TelegramBotClient _client;
    private readonly string _token;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public TelegramSender(TelegramOptions options, HttpClient http, TimeProvider time, ILogger<TelegramSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Guard.That(options.Enabled, "a Telegram sender needs Telegram:BotToken");
        _token = options.BotToken!;
        _time = time;
        _logger = logger;
        var clientOptions = new TelegramBotClientOptions(_token, options.ApiBaseUrl) { RetryCount = 0, RetryThreshold = 0 };
        _client = new TelegramBotClient(clientOptions, http);
    }

    /// <summary>Sends MarkdownV2 text (already escaped) in as many messages as it needs; the keyboard goes on the last.</summary>
    public async Task<TelegramResult> SendTextAsync(long chatId, string markdown, IReadOnlyList<TelegramButton>? buttons, CancellationToken ct)
    {
        var parts = MarkdownV2.Split(markdown);
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 && buttons is { Count: > 0 }
                ? new InlineKeyboardMarkup(buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData)))
                : null;
            var part = parts[i];
            var sent = await CallAsync("sendMessage", () => _client.SendMessage(chatId, part, ParseMode.MarkdownV2, replyMarkup: markup, cancellationToken: ct), ct)
                .ConfigureAwait(false);
            if (!sent.Ok)
            {
                return sent;
            }
        }

        return TelegramResult.Success;
    }

    public Task<TelegramResult> AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken ct) =>
        CallAsync("answerCallbackQuery", () => _client.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: ct), ct);

    /// <summary>Sends a file with an optional plain caption (escaped here, cut to Telegram's 1,024 characters).</summary>
    public Task<TelegramResult> SendDocumentAsync(long chatId, TelegramDocument document, string? caption, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var escaped = caption is null ? null : MarkdownV2.Split(MarkdownV2.Escape(caption), 1024)[0];
        return CallAsync("sendDocument", async () =>
        {
            using var stream = new MemoryStream(document.Content.ToArray(), writable: false);
            await _client.SendDocument(chatId, InputFile.FromStream(stream, document.FileName), escaped, ParseMode.MarkdownV2, cancellationToken: ct)
                .ConfigureAwait(false);
        }, ct);
    }

    /// <summary>setWebhook with the secret header value and only the updates the bot reads (message, callback_query).</summary>
    public Task<TelegramResult> SetWebhookAsync(string url, string secret, bool dropPending, CancellationToken ct) =>
        CallAsync("setWebhook", () => _client.SetWebhook(url, allowedUpdates: [UpdateType.Message, UpdateType.CallbackQuery],
            dropPendingUpdates: dropPending, secretToken: secret, cancellationToken: ct), ct);

    private async Task<TelegramResult> CallAsync(string method, Func<Task> call, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await call().ConfigureAwait(false);
                return TelegramResult.Success;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 429 && attempt < MaxRetries
                && TimeSpan.FromSeconds(ex.Parameters?.RetryAfter ?? 1) is var wait && wait <= MaxRetryAfter)
            {
                RetryingAfter(_logger, method, wait.TotalSeconds, attempt + 1);
                await Task.Delay(wait, _time, ct).ConfigureAwait(false);
            }
            catch (ApiRequestException ex)
            {
                Failed(_logger, method, ex.ErrorCode, Scrub(ex.Message));
                return TelegramResult.Failed(ex.ErrorCode, Scrub(ex.Message));
            }
            catch (Exception ex) when (ex is RequestException or HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
            {
                var detail = $"{ex.GetType().Name}: {Scrub(ex.InnerException?.Message ?? ex.Message)}";
                Failed(_logger, method, 0, detail);
                return TelegramResult.Failed(0, detail);
            }
        }
    }

    private string Scrub(string text) => text.Replace(_token, "***", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method}: 429, retrying after {Seconds} s (retry {Retry})")]
    private static partial void RetryingAfter(ILogger logger, string method, double seconds, int retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Method} failed: {Code} {Description}")]
    private static partial void Failed(ILogger logger, string method, int code, string description);
}
