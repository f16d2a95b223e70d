namespace GridBot.Core.Bots.Operations;

/// <summary>Re-places the grid's orders (after a flatten, restarts the grid at the current price).</summary>
public sealed record ResumeBot : BotOperation;
