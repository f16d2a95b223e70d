using GridBot.Core.Market;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// One simulated fill. <see cref="Level"/> is the grid level index (−1 for the start-up market buy);
/// <see cref="Fee"/> is in quote. Taker fills are market orders (start-up buy), maker fills resting limits.
/// </summary>
public readonly record struct SimFill(long TimeMs, int BarIndex, int Level, OrderSide Side, decimal Price, decimal Quantity, decimal Fee, bool IsTaker)
{
    public decimal Notional => Price * Quantity;
}
