using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Sweeps;

/// <summary>The grid settings to try: every combination of the lists (with lower &lt; upper), all else fixed.</summary>
public sealed record SweepRequest(
    IReadOnlyList<decimal> Lowers,
    IReadOnlyList<decimal> Uppers,
    IReadOnlyList<int> Levels,
    IReadOnlyList<GridSpacing> Modes,
    LevelSizing Sizing,
    SymbolRules Rules,
    decimal Capital,
    FeeSchedule Fees,
    decimal SlippageBps = 0m)
{
    public IReadOnlyList<GridSpec> Specs()
    {
        var specs = new List<GridSpec>();
        foreach (var mode in Modes)
        {
            foreach (var levels in Levels)
            {
                foreach (var lower in Lowers)
                {
                    foreach (var upper in Uppers)
                    {
                        if (lower < upper)
                        {
                            specs.Add(new GridSpec(lower, upper, levels, mode, Sizing));
                        }
                    }
                }
            }
        }

        return specs;
    }
}
