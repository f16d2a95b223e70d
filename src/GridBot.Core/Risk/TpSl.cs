namespace GridBot.Core.Risk;

/// <summary>Take-profit and stop-loss prices, unrounded (the caller rounds to the tick).</summary>
public sealed record TpSl(decimal TakeProfit, decimal StopLoss);
