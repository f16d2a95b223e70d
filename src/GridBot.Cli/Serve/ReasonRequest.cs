namespace GridBot.Cli.Serve;

/// <summary>The optional body of pause and flatten: why, for the bot's status and the notifications.</summary>
public sealed record ReasonRequest(string? Reason);
