using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GridBot.Telegram;

/// <summary>
/// Callback data for the Confirm and Cancel buttons of <c>/flatten</c> and <c>/stop</c>, stateless so any instance of
/// a scaled-out host can check it: <c>{y|n}:{f|s}:{botId}:{expiry unix s}:{mac}</c>, where mac is the first 16 bytes
/// of HMAC-SHA256 keyed by the webhook secret over the chat id and every other field (base64url, 22 characters). A
/// button pressed in another chat, edited, or past its expiry does not confirm. Bot ids are at most 16 characters,
/// so the data stays within Telegram's 64-byte <c>callback_data</c> limit (checked: longer data is refused).
/// </summary>
public sealed class ConfirmationSigner
{
    /// <summary>Telegram's limit on <c>callback_data</c>, in UTF-8 bytes.</summary>
    public const int MaxCallbackBytes = 64;

    private const int MacBytes = 16;
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <param name="secret">The webhook secret (the key; never written anywhere).</param>
    /// <param name="time">The clock expiries are set and checked against.</param>
    /// <param name="lifetime">How long a button stays valid (default 2 minutes).</param>
    public ConfirmationSigner(string secret, TimeProvider time, TimeSpan? lifetime = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _key = SHA256.HashData(Encoding.UTF8.GetBytes("gridbot-telegram-confirm|" + secret));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        Lifetime = lifetime ?? TimeSpan.FromMinutes(2);
    }

    public TimeSpan Lifetime { get; }

    /// <summary>The Confirm (<paramref name="confirm"/> true) or Cancel data for this chat, or null when it would not fit 64 bytes.</summary>
    public string? Sign(long chatId, ConfirmAction action, string botId, bool confirm)
    {
        ArgumentNullException.ThrowIfNull(botId);
        var expiry = _time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = $"{(confirm ? 'y' : 'n')}:{Letter(action)}:{botId}:{expiry}";
        var data = $"{body}:{Mac(chatId, body)}";
        return botId.Contains(':', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(data) > MaxCallbackBytes ? null : data;
    }

    /// <summary>Checks data from a button press in <paramref name="chatId"/>; anything not signed by us for that chat is Invalid.</summary>
    public Confirmation Check(long chatId, string? data)
    {
        var invalid = new Confirmation(ConfirmationCheck.Invalid, ConfirmAction.Flatten, string.Empty);
        var parts = (data ?? string.Empty).Split(':');
        if (parts.Length != 5 || parts[0] is not ("y" or "n") || parts[1] is not ("f" or "s") || parts[2].Length == 0
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return invalid;
        }

        var body = string.Join(':', parts[..4]);
        var expected = Encoding.ASCII.GetBytes(Mac(chatId, body));
        var given = Encoding.UTF8.GetBytes(parts[4]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return invalid;
        }

        var action = parts[1] == "f" ? ConfirmAction.Flatten : ConfirmAction.Stop;
        var check = _time.GetUtcNow().ToUnixTimeSeconds() > expiry ? ConfirmationCheck.Expired
            : parts[0] == "y" ? ConfirmationCheck.Confirmed : ConfirmationCheck.Cancelled;
        return new Confirmation(check, action, parts[2]);
    }

    private static char Letter(ConfirmAction action) => action == ConfirmAction.Flatten ? 'f' : 's';

    private string Mac(long chatId, string body)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{chatId}|{body}")));
        return Convert.ToBase64String(mac, 0, MacBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
