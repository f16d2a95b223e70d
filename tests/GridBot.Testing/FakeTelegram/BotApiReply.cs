namespace GridBot.Testing.FakeTelegram;

/// <summary>A scripted answer for the next call of a method (or any method when <see cref="Method"/> is null).</summary>
public sealed record BotApiReply(string? Method, int Status, string Description, int? RetryAfter = null);
