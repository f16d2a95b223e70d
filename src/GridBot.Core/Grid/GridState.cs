using GridBot.Core.Market;

namespace GridBot.Core.Grid;

/// <summary>
/// The grid at one moment: the current window of levels (ascending), the open orders (at most one per level),
/// the generation (bumped on every trailing shift, part of client order ids), and what the grid has earned.
/// <see cref="GridProfit"/> is the round trips' profit before fees, in quote: a sell filled at level i+1 closes the buy
/// at level i, and earns their spacing on its quantity. <see cref="TrailShifts"/> counts the window's shifts.
/// </summary>
public sealed record GridState(
    GridSpec Spec,
    SymbolRules Rules,
    IReadOnlyList<GridLevel> Levels,
    IReadOnlyList<GridOrder> Orders,
    int Generation,
    decimal GridProfit,
    int RoundTrips,
    int Fills,
    int TrailShifts = 0)
{
    public GridLevel Bottom => Levels[0];

    public GridLevel Top => Levels[^1];

    public GridOrder? OrderAt(int level) => Orders.FirstOrDefault(o => o.Level == level);

    public GridLevel? LevelAt(int index)
    {
        var offset = index - Bottom.Index;
        return offset >= 0 && offset < Levels.Count ? Levels[offset] : null;
    }

    /// <summary>Base quantity the open sells need (what a spot grid must hold).</summary>
    public decimal BaseForSells => Orders.Where(o => o.Side == OrderSide.Sell).Sum(o => o.Remaining);

    /// <summary>Quote the open buys lock (price × remaining quantity).</summary>
    public decimal QuoteForBuys => Orders.Where(o => o.Side == OrderSide.Buy).Sum(o => o.Price * o.Remaining);
}
