using System.Diagnostics;
using System.Runtime.CompilerServices;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Kernel;

/// <summary>Runs one grid over prepared bars. The start price is the first bar's open.</summary>
public static class Backtester
{
    public static Result<BacktestResult> Run(PreparedBars bars, BacktestConfig config, Recording recording = Recording.None)
    {
        Guard.NotNull(bars);
        Guard.NotNull(config);
        if (bars.TickSize != config.Rules.TickSize)
        {
            return Error.Of(ErrorKind.Other, $"bars were prepared for tick {bars.TickSize} but the grid uses tick {config.Rules.TickSize}");
        }

        var startPrice = bars.Bars[0].Open;
        var compiled = CompiledGrid.Compile(config, startPrice);
        if (!compiled.IsSuccess)
        {
            return compiled.Error;
        }

        var grid = compiled.Value;
        var equity = recording.HasFlag(Recording.Equity) ? new double[bars.Count] : null;
        Precompile(recording.HasFlag(Recording.Fills) ? typeof(FillList) : typeof(NoFills), grid.HasCloseRules);
        var started = Stopwatch.GetTimestamp();
        KernelOutcome outcome;
        var closeRules = CloseRuleOutcome.None;
        List<SimFill> fills;
        if (recording.HasFlag(Recording.Fills))
        {
            var sink = new FillList();
            if (grid.StartBuyQty > 0m)
            {
                sink.Add(new SimFill(bars.Bars[0].OpenTimeMs, 0, -1, OrderSide.Buy, grid.StartBuyPrice, grid.StartBuyQty, grid.StartBuyFee, IsTaker: true));
            }

            outcome = grid.HasCloseRules
                ? GridKernel.RunWithCloseRules(bars, grid, config.Capital, ref sink, equity, out closeRules)
                : GridKernel.Run(bars, grid, config.Capital, ref sink, equity);
            fills = sink.Fills;
        }
        else
        {
            var sink = default(NoFills);
            outcome = grid.HasCloseRules
                ? GridKernel.RunWithCloseRules(bars, grid, config.Capital, ref sink, equity, out closeRules)
                : GridKernel.Run(bars, grid, config.Capital, ref sink, equity);
            fills = [];
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        return new BacktestResult(Kpis(bars, config, grid, outcome, closeRules, elapsed), grid.Layout, fills, equity);
    }

    /// <summary>JIT-compiles the kernel loop for a sink before timing starts, so elapsed time measures simulation, not compilation.</summary>
    private static void Precompile(Type sink, bool closeRules)
    {
        if (Compiled.TryAdd((sink, closeRules), 0))
        {
            RuntimeHelpers.PrepareMethod((closeRules ? KernelWithCloseRules : KernelRun).MakeGenericMethod(sink).MethodHandle);
        }
    }

    private static readonly System.Reflection.MethodInfo KernelRun = typeof(GridKernel).GetMethod(nameof(GridKernel.Run))!;

    private static readonly System.Reflection.MethodInfo KernelWithCloseRules = typeof(GridKernel).GetMethod(nameof(GridKernel.RunWithCloseRules))!;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, bool), byte> Compiled = new();

    internal static BacktestKpis Kpis(PreparedBars bars, BacktestConfig config, CompiledGrid grid, in KernelOutcome o, in CloseRuleOutcome c, TimeSpan elapsed)
    {
        var startFill = grid.StartBuyQty > 0m ? 1 : 0;
        var first = bars.Bars[0];
        var last = bars.Bars[^1];
        var finalEquity = o.Cash + (o.Base * last.Close);
        var ms = elapsed.TotalMilliseconds;
        return new BacktestKpis(
            Bars: bars.Count,
            Fills: o.Buys + o.Sells + c.ExitSells + startFill,
            Buys: o.Buys + startFill,
            Sells: o.Sells + c.ExitSells,
            RoundTrips: o.Sells,
            StartingCapital: config.Capital,
            RequiredCapital: grid.RequiredCapital,
            StartPrice: grid.StartPrice,
            FinalPrice: last.Close,
            FinalCash: o.Cash,
            FinalBase: o.Base,
            FinalEquity: finalEquity,
            ReturnPct: ((finalEquity / config.Capital) - 1m) * 100m,
            GridProfit: o.GridProfit,
            Fees: o.Fees,
            MaxDrawdownPct: o.MaxDrawdown * 100.0,
            Sharpe: o.Sharpe,
            BuyAndHoldReturnPct: ((last.Close / first.Open) - 1m) * 100m,
            ElapsedMs: ms,
            BarsPerSecond: ms > 0 ? bars.Count / (ms / 1000.0) : 0,
            TrailShifts: c.TrailShifts,
            ExitReason: c.ExitReason,
            ExitTimeMs: c.ExitTimeMs);
    }
}
