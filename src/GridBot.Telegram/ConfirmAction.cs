namespace GridBot.Telegram;

/// <summary>A command that acts only after a confirmation button (its callback data letter in brackets).</summary>
public enum ConfirmAction
{
    /// <summary>Flatten the bot (<c>f</c>).</summary>
    Flatten,

    /// <summary>Stop the bot (<c>s</c>).</summary>
    Stop,
}
