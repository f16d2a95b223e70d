using GridBot.Core.Market;

namespace GridBot.Core.Grid;

/// <summary>
/// A resting grid order. Its <see cref="Quantity"/> travels with it: the counter order of a fill trades
/// the same quantity, so every round trip is inventory-neutral whatever the level sizing.
/// </summary>
public sealed record GridOrder(int Level, OrderSide Side, decimal Price, decimal Quantity, decimal Filled = 0m)
{
    public decimal Remaining => Quantity - Filled;
}
