using GridBot.Backtesting.Kernel;
using GridBot.Core.Grid;

namespace GridBot.Backtesting.Sweeps;

public sealed record SweepEntry(int Rank, GridSpec Spec, BacktestKpis Kpis);
