using System.CommandLine;
using GridBot.Runtime.Telegram;
using GridBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Cli;

/// <summary>
/// <c>gridbot telegram set-webhook --url URL [--drop-pending]</c>: points the bot's webhook at a host's
/// <c>/api/telegram</c> with the secret the host checks and only the updates it reads (message, callback_query). The
/// token and secret come from settings (<c>Telegram__BotToken</c>, <c>Telegram__WebhookSecret</c>; a missing or bad one
/// exits 2 naming it); Telegram's refusal exits 1 with its description. The token is never printed.
/// </summary>
public sealed class TelegramCommand(CliConsole console, IConfiguration? configuration = null)
{
    private readonly Option<string> _url = new("--url") { Description = "The webhook URL Telegram posts to (https, port 443, 80, 88 or 8443), e.g. https://host/api/telegram", Required = true };

    private readonly Option<bool> _dropPending = new("--drop-pending") { Description = "Drop the updates Telegram holds for the bot" };

    public Command Build()
    {
        var setWebhook = new Command("set-webhook", "Point the bot's webhook at URL with Telegram:WebhookSecret as its secret token");
        setWebhook.Add(_url);
        setWebhook.Add(_dropPending);
        setWebhook.SetAction(SetWebhookAsync);
        var command = new Command("telegram", "Telegram bot set-up (settings from Telegram__BotToken, Telegram__WebhookSecret)");
        command.Add(setWebhook);
        return command;
    }

    public async Task<int> SetWebhookAsync(ParseResult parse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var url = parse.GetValue(_url)!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return console.Fail(ExitCodes.BadInput, $"--url '{url}' is not an absolute http(s) URL");
        }

        var options = new TelegramOptions();
        TelegramServices.Bind((configuration ?? CliSettings.FromEnvironment()).GetSection(TelegramOptions.SectionName), options);
        if (!options.Enabled)
        {
            return console.Fail(ExitCodes.BadInput, "configuration: Telegram:BotToken is not set (environment Telegram__BotToken)");
        }

        var problems = options.Problems().Where(p => !p.Contains(nameof(TelegramOptions.AllowedChatIds), StringComparison.Ordinal)).ToList();
        if (problems.Count > 0)
        {
            return console.Fail(ExitCodes.BadInput, $"configuration: {string.Join("; ", problems)}");
        }

        using var http = new HttpClient();
        var sender = new TelegramSender(options, http, TimeProvider.System, NullLogger<TelegramSender>.Instance);
        var result = await sender.SetWebhookAsync(url, options.WebhookSecret!, parse.GetValue(_dropPending), ct).ConfigureAwait(false);
        if (!result.Ok)
        {
            return console.Fail(ExitCodes.Failure, $"Telegram refused setWebhook: {result.ErrorCode} {result.Description}");
        }

        console.Output.WriteLine($"webhook set to {url} (updates: message, callback_query{(parse.GetValue(_dropPending) ? "; pending updates dropped" : string.Empty)})");
        return ExitCodes.Ok;
    }
}
