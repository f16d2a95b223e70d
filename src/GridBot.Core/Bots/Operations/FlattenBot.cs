namespace GridBot.Core.Bots.Operations;

/// <summary>Cancels the grid and closes the position at market; ends in RequiresManualResume.</summary>
public sealed record FlattenBot(string Reason) : BotOperation;
