namespace GridBot.Core.Bots.Operations;

/// <summary>Starts the grid at the view's price: buys the base the sells need, then places the ladder.</summary>
public sealed record StartBot : BotOperation;
