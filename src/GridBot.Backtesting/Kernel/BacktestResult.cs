using GridBot.Core.Grid;

namespace GridBot.Backtesting.Kernel;

/// <summary>A finished backtest: its figures, the layout it ran, and (when recorded) fills and per-bar equity.</summary>
public sealed record BacktestResult(BacktestKpis Kpis, GridLayout Layout, IReadOnlyList<SimFill> Fills, double[]? Equity);
