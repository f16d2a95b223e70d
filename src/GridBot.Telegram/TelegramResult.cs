namespace GridBot.Telegram;

/// <summary>
/// How a Bot API call ended: <see cref="Ok"/>, or Telegram's <see cref="ErrorCode"/> (0 when no answer came) and
/// <see cref="Description"/> (e.g. <c>Bad Request: chat not found</c>). Never contains the token.
/// </summary>
public sealed record TelegramResult(bool Ok, int ErrorCode, string? Description)
{
    public static TelegramResult Success { get; } = new(true, 0, null);

    public static TelegramResult Failed(int code, string description) => new(false, code, description);
}
