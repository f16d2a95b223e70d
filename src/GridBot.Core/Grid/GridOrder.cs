using GridBot.Core.Market;

namespace GridBot.Core.Grid;

/// <summary>
/// A resting grid order. Its <see cref="Quantity"/> travels with it: the counter order of a fill trades
/// the same quantity, so every round trip is inventory-neutral whatever the level sizing.
/// <see cref="CarriedFee"/> is the round trip's first-leg fee in quote: on a buy, what its fills have paid so far; on
/// a sell, what the buy (or, for the sells laid at the start, the start-up buy) that bought its quantity paid.
/// When a venue takes a buy's fee in the base asset, the buy credits less than it bought: <see cref="BaseFee"/> adds
/// those fees up on the buy, its counter sell sells what was credited, and <see cref="RestoreQuantity"/> on that sell
/// keeps the quantity the next buy at the level below buys again (null: the order's own quantity).
/// </summary>
public sealed record GridOrder(
    int Level, OrderSide Side, decimal Price, decimal Quantity, decimal Filled = 0m, decimal CarriedFee = 0m, decimal BaseFee = 0m, decimal? RestoreQuantity = null)
{
    public decimal Remaining => Quantity - Filled;
}
