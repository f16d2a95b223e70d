namespace GridBot.Core.Grid;

/// <summary>
/// One price level. <see cref="Index"/> is absolute: trailing shifts the window, so indices may go
/// below 0 or past the initial count. <see cref="BuyQuantity"/> is the base quantity a buy here trades.
/// </summary>
public sealed record GridLevel(int Index, decimal Price, decimal BuyQuantity);
