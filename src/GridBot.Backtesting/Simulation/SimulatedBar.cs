using GridBot.Core.Market;

namespace GridBot.Backtesting.Simulation;

/// <summary>A simulated bar with the regime that generated it (for tests and reports).</summary>
public readonly record struct SimulatedBar(Bar Bar, SimRegime Regime);
