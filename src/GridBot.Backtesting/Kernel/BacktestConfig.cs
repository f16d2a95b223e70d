using GridBot.Core.Common;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Backtesting.Kernel;

/// <summary>
/// One backtest's settings. <see cref="SlippageBps"/> applies to market (taker) orders only: limit fills are at
/// their limit price.
/// </summary>
public sealed record BacktestConfig
{
    public BacktestConfig(GridSpec spec, SymbolRules rules, decimal capital, FeeSchedule fees, decimal slippageBps = 0m)
    {
        Spec = Guard.NotNull(spec);
        Rules = Guard.NotNull(rules);
        Capital = Guard.Positive(capital);
        Fees = Guard.NotNull(fees);
        SlippageBps = Guard.InRange(slippageBps, 0m, 10_000m);
    }

    public GridSpec Spec { get; init; }

    public SymbolRules Rules { get; init; }

    public decimal Capital { get; init; }

    public FeeSchedule Fees { get; init; }

    public decimal SlippageBps { get; init; }
}
