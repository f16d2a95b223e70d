using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Sweeps;

/// <summary>
/// The grid settings to try: every combination of the lists (with lower &lt; upper), all else fixed. The trailing,
/// shift-limit, stop-loss and take-profit lists are dimensions too (null = no trigger); the shift limit only varies
/// grids that trail, and a combination whose stop-loss is not below its lower bound or whose take-profit is not above its
/// upper bound is left out and counted.
/// </summary>
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
    public IReadOnlyList<TrailingMode> Trailing { get; init; } = [TrailingMode.None];

    public IReadOnlyList<int> MaxTrailShifts { get; init; } = [GridSpec.DefaultMaxTrailShifts];

    public IReadOnlyList<decimal?> StopLosses { get; init; } = [null];

    public IReadOnlyList<decimal?> TakeProfits { get; init; } = [null];

    public IReadOnlyList<GridSpec> Specs() => Expand().Specs;

    public SweepSpecs Expand()
    {
        var specs = new List<GridSpec>();
        var invalid = 0;
        foreach (var grid in Grids())
        {
            foreach (var trailed in Trailed(grid))
            {
                foreach (var sl in StopLosses)
                {
                    foreach (var tp in TakeProfits)
                    {
                        if (sl >= grid.Lower || tp <= grid.Upper)
                        {
                            invalid++;
                            continue;
                        }

                        specs.Add(trailed with { StopLossPrice = sl, TakeProfitPrice = tp });
                    }
                }
            }
        }

        return new SweepSpecs(specs, invalid);
    }

    private IEnumerable<GridSpec> Grids()
    {
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
                            yield return new GridSpec(lower, upper, levels, mode, Sizing);
                        }
                    }
                }
            }
        }
    }

    private IEnumerable<GridSpec> Trailed(GridSpec grid)
    {
        foreach (var mode in Trailing.Distinct())
        {
            if (mode == TrailingMode.None)
            {
                yield return grid;
                continue;
            }

            foreach (var shifts in MaxTrailShifts.Distinct())
            {
                yield return grid with
                {
                    TrailingUp = mode is TrailingMode.Up or TrailingMode.Both,
                    TrailingDown = mode is TrailingMode.Down or TrailingMode.Both,
                    MaxTrailShifts = shifts,
                };
            }
        }
    }
}
