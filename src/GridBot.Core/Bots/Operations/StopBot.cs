namespace GridBot.Core.Bots.Operations;

/// <summary>Cancels everything for good.</summary>
public sealed record StopBot : BotOperation;
