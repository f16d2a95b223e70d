using GridBot.Core.Market;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// One simulated fill. <see cref="Level"/> is the grid level index (absolute: below 0 once a grid trails down past its
/// bottom), −1 for the taker fills that are not grid orders; <see cref="Fee"/> is in quote. Taker fills are the start-up
/// market buy and the flatten's sells after a stop-loss or take-profit; maker fills are the grid's resting limits.
/// </summary>
public readonly record struct SimFill(long TimeMs, int BarIndex, int Level, OrderSide Side, decimal Price, decimal Quantity, decimal Fee, bool IsTaker)
{
    public decimal Notional => Price * Quantity;
}
