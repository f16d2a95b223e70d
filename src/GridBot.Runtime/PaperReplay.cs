using System.Diagnostics;
using GridBot.Backtesting.Kernel;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;

namespace GridBot.Runtime;

/// <summary>
/// Drives a bot through the whole runtime over historical bars on the paper exchange: at every path point of every
/// bar the exchange trades at that price, the runtime reads the fills and the bot answers with its counter orders
/// before the price moves on — so fills happen exactly as in the backtest kernel. A Tick goes to the bot at each bar
/// close once the tick interval has passed on the simulated clock.
/// </summary>
public sealed class PaperReplay(IBotReplayHost runtime, PaperExchange exchange, ManualClock clock, TimeSpan tickInterval)
{
    public async Task<PaperRunResult> RunAsync(BotConfig config, IReadOnlyList<Bar> bars, IProgress<double>? progress, IFillLedger ledger, CancellationToken ct)
    {
        Guard.That(bars.Count > 0, "a replay needs bars");
        var botId = config.BotId;
        var started = Stopwatch.GetTimestamp();
        clock.Set(bars[0].OpenTimeMs);
        exchange.MoveTo(bars[0].Open, bars[0].OpenTimeMs);
        await BotRejectedException.ThrowIfRejected(runtime.SendAndWaitAsync(botId, new CreateBot(config), ct)).ConfigureAwait(false);
        await BotRejectedException.ThrowIfRejected(runtime.SendAndWaitAsync(botId, new StartBot(), ct)).ConfigureAwait(false);
        var equity = new double[bars.Count];
        var tracker = new EquityTracker((double)config.Capital, EquityTracker.DayOf(bars[0].OpenTimeMs));
        var nextTick = bars[0].OpenTimeMs + (long)tickInterval.TotalMilliseconds;
        for (var i = 0; i < bars.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            await ReplayBarAsync(botId, bars[i], i == 0, ct).ConfigureAwait(false);
            var close = CloseTime(bars, i);
            clock.Set(close);
            if (close >= nextTick)
            {
                await runtime.SendAndWaitAsync(botId, new Tick(), ct).ConfigureAwait(false);
                nextTick = close + (long)tickInterval.TotalMilliseconds;
            }

            equity[i] = (double)exchange.Equity(bars[i].Close);
            tracker.Mark(EquityTracker.DayOf(bars[i].OpenTimeMs), equity[i]);
            if ((i & 1023) == 0)
            {
                progress?.Report((double)i / bars.Count);
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var state = await runtime.GetStateAsync(botId, ct).ConfigureAwait(false) ?? throw new InvalidOperationException("the bot vanished");
        var fills = (await exchange.GetFillsSinceAsync(config.Rules.Symbol, long.MinValue, ct).ConfigureAwait(false)).Value;
        var balances = (await exchange.GetBalancesAsync(ct).ConfigureAwait(false)).Value;
        return new PaperRunResult(
            Kpis(config, bars, state, fills, balances, tracker, elapsed),
            state,
            fills,
            equity,
            state.Counters.Orders,
            state.Counters.Cancels,
            state.Counters.SafetyActions,
            await ledger.CountAsync(botId, ct).ConfigureAwait(false));
    }

    /// <summary>Moves the exchange through one bar's path, letting the bot react to each point's fills before the next.</summary>
    public async Task ReplayBarAsync(string botId, Bar bar, bool first, CancellationToken ct)
    {
        clock.Set(bar.OpenTimeMs);
        var (a, b, c, d) = BarPath.Points(bar);
        foreach (var price in first ? [b, c, d] : new[] { a, b, c, d })
        {
            if (exchange.MoveTo(price, bar.OpenTimeMs).Count > 0)
            {
                await runtime.PollFillsAsync(botId, ct).ConfigureAwait(false);
            }
        }
    }

    private static long CloseTime(IReadOnlyList<Bar> bars, int i) =>
        i + 1 < bars.Count ? bars[i + 1].OpenTimeMs : bars[i].OpenTimeMs + (i > 0 ? bars[i].OpenTimeMs - bars[i - 1].OpenTimeMs : 60_000);

    private BacktestKpis Kpis(
        BotConfig config, IReadOnlyList<Bar> bars, BotState state, IReadOnlyList<ExchangeFill> fills, IReadOnlyList<Balance> balances, EquityTracker tracker, TimeSpan elapsed)
    {
        var last = bars[^1];
        var finalEquity = exchange.Equity(last.Close);
        var buys = fills.Count(f => f.Side == OrderSide.Buy);
        var sells = fills.Count - buys;
        var ms = elapsed.TotalMilliseconds;
        decimal Total(string asset) => balances.Where(b => b.Asset == asset).Sum(b => b.Total);

        // The exit as the kernel names it, at the tick (bar close) that fired it.
        var exitReason = state.Exit switch
        {
            GridBot.Core.Grid.GridSignal.StopLossTriggered => "StopLoss",
            GridBot.Core.Grid.GridSignal.TakeProfitTriggered => "TakeProfit",
            _ => null,
        };
        return new BacktestKpis(
            Bars: bars.Count,
            Fills: fills.Count,
            Buys: buys,
            Sells: sells,
            RoundTrips: state.Grid?.RoundTrips ?? 0,
            StartingCapital: config.Capital,
            RequiredCapital: 0m,
            StartPrice: bars[0].Open,
            FinalPrice: last.Close,
            FinalCash: Total(config.Rules.Symbol.QuoteAsset),
            FinalBase: Total(config.Rules.Symbol.BaseAsset),
            FinalEquity: finalEquity,
            ReturnPct: ((finalEquity / config.Capital) - 1m) * 100m,
            GridProfit: state.Grid?.GridProfit ?? 0m,
            Fees: exchange.TotalFees,
            MaxDrawdownPct: tracker.MaxDrawdown * 100.0,
            Sharpe: tracker.Sharpe(),
            BuyAndHoldReturnPct: ((last.Close / bars[0].Open) - 1m) * 100m,
            ElapsedMs: ms,
            BarsPerSecond: ms > 0 ? bars.Count / (ms / 1000.0) : 0,
            TrailShifts: state.Grid?.TrailShifts ?? 0,
            ExitReason: exitReason,
            ExitTimeMs: state.ExitMs);
    }
}
