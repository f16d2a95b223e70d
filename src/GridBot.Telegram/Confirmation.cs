namespace GridBot.Telegram;

/// <summary>A parsed confirmation button: what it asks for, on which bot, and how the signature check ended.</summary>
public sealed record Confirmation(ConfirmationCheck Check, ConfirmAction Action, string BotId);
