namespace GridBot.Core.Bots.Operations;

/// <summary>Periodic: reconciles pending orders (using the view's lookups), trails, and runs the safety monitor.</summary>
public sealed record Tick : BotOperation;
