namespace GridBot.Runtime.Control;

/// <summary>One fill as the chart marks it: when, which side (<c>Buy</c>/<c>Sell</c>), at what price and size.</summary>
public sealed record ChartFill(long TimeMs, string Side, decimal Price, decimal Quantity);
