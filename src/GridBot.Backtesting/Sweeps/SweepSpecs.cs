using GridBot.Core.Grid;

namespace GridBot.Backtesting.Sweeps;

/// <summary>
/// A sweep's settings: every combination that can run, and how many were left out because the stop-loss was not below
/// the lower bound or the take-profit not above the upper bound.
/// </summary>
public sealed record SweepSpecs(IReadOnlyList<GridSpec> Specs, int InvalidTriggers);
