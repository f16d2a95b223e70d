namespace GridBot.Telegram;

/// <summary>An inline keyboard button: its label and the callback data Telegram sends back when it is pressed.</summary>
public sealed record TelegramButton(string Text, string CallbackData);
