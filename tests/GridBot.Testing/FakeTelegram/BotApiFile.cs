namespace GridBot.Testing.FakeTelegram;

/// <summary>A file part of a multipart request (sendDocument): its form field, file name and bytes.</summary>
public sealed record BotApiFile(string Field, string FileName, byte[] Content);
