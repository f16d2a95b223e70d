namespace GridBot.Runtime.Telegram;

/// <summary>What the webhook answers Telegram: the HTTP status and, for a refusal, a problem detail (never a secret).</summary>
public sealed record TelegramWebhookResult(int Status, string? Detail)
{
    public bool IsProblem => Status >= 400;

    public static TelegramWebhookResult Handled { get; } = new(200, null);

    /// <summary>The problem-details title for a refusal.</summary>
    public string Title => Status switch
    {
        401 => "A valid Telegram webhook secret is required",
        404 => "Telegram is off",
        413 => "The request body is too large",
        _ => "The request is not a Telegram update",
    };
}
