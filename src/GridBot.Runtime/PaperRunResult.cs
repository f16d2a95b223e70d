using GridBot.Backtesting.Kernel;
using GridBot.Core.Bots;
using GridBot.Core.Ports;

namespace GridBot.Runtime;

/// <summary>A finished paper replay: the backtest's KPI set measured on the real runtime, and the bot's end state.</summary>
public sealed record PaperRunResult(
    BacktestKpis Kpis,
    BotState FinalState,
    IReadOnlyList<ExchangeFill> Fills,
    double[] Equity,
    int Orders,
    int Cancels,
    int SafetyActions,
    int LedgerFills);
