namespace GridBot.Core.Positions;

/// <summary>What applying a fill did to a position: the realized PnL of the part that closed exposure (quote, before fees).</summary>
public sealed record PositionFill(Position Position, decimal RealizedPnl, decimal ClosedQuantity);
