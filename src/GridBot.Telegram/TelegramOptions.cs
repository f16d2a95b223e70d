using System.Globalization;
using System.Text.RegularExpressions;

namespace GridBot.Telegram;

/// <summary>
/// The Telegram settings (section <c>Telegram</c>, e.g. <c>Telegram__BotToken</c>). No <see cref="BotToken"/> means
/// Telegram is off (valid: the hosts start without it). With a token, <see cref="WebhookSecret"/> (1–256 characters of
/// <c>A-Z a-z 0-9 _ -</c>, the Bot API's <c>secret_token</c> rule) and at least one allowed chat are required.
/// <see cref="AllowedChatIds"/> is a comma- or semicolon-separated list of chat ids (groups are negative); the hosts
/// also accept the array form (<c>Telegram__AllowedChatIds__0</c>). Secrets are never logged nor echoed in messages.
/// </summary>
public sealed partial class TelegramOptions
{
    public const string SectionName = "Telegram";

    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    public string? BotToken { get; set; }

    public string? WebhookSecret { get; set; }

    public string? AllowedChatIds { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>True when a bot token is configured (Telegram on).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    /// <summary>The allowed chat ids; entries that do not parse are left out (<see cref="Problems"/> names them).</summary>
    public IReadOnlyList<long> ChatIds() =>
        [.. Entries().Select(e => long.TryParse(e, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? (long?)id : null)
            .OfType<long>().Distinct()];

    /// <summary>Each problem, naming the setting (never a secret's value).</summary>
    public IEnumerable<string> Problems()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!TokenPattern().IsMatch(BotToken!))
        {
            yield return $"{SectionName}:BotToken does not look like a bot token from BotFather (digits, ':', then letters, digits, '_' or '-')";
        }

        if (string.IsNullOrEmpty(WebhookSecret))
        {
            yield return $"{SectionName}:WebhookSecret: set a secret of 1-256 characters (A-Z, a-z, 0-9, _ and -) when {SectionName}:BotToken is set";
        }
        else if (!SecretPattern().IsMatch(WebhookSecret))
        {
            yield return $"{SectionName}:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and -";
        }

        var entries = Entries().ToList();
        if (entries.Count == 0)
        {
            yield return $"{SectionName}:AllowedChatIds: set at least one chat id (comma-separated) when {SectionName}:BotToken is set";
        }

        foreach (var entry in entries.Where(e => !long.TryParse(e, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
        {
            yield return $"{SectionName}:AllowedChatIds: '{entry}' is not a chat id (a whole number)";
        }

        if (!Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{SectionName}:ApiBaseUrl '{ApiBaseUrl}' is not an absolute http(s) URL";
        }
    }

    private string[] Entries() =>
        (AllowedChatIds ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
