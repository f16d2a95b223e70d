namespace GridBot.Core.Bots.Operations;

/// <summary>Cancels the bot's orders and places none until resumed; the grid keeps its state.</summary>
public sealed record PauseBot(string Reason) : BotOperation;
