using GridBot.Telegram;

namespace GridBot.Runtime.Telegram;

/// <summary>A reply to a chat: plain <see cref="Text"/> (escaped for MarkdownV2 when sent) and optional buttons under it.</summary>
public sealed record TelegramReply(string Text, IReadOnlyList<TelegramButton>? Buttons = null);
