namespace GridBot.Telegram;

/// <summary>A file to send with sendDocument: its file name as the chat shows it, and its bytes.</summary>
public sealed record TelegramDocument(string FileName, ReadOnlyMemory<byte> Content);
