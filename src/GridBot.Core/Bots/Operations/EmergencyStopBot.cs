namespace GridBot.Core.Bots.Operations;

/// <summary>Cancels all orders and places no new ones; only a manual clear leaves it.</summary>
public sealed record EmergencyStopBot(string Reason) : BotOperation;
