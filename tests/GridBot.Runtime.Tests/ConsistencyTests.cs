using GridBot.Backtesting.Kernel;
using GridBot.Core.Bots;
using GridBot.Core.Market;
using Xunit.Abstractions;

namespace GridBot.Runtime.Tests;

/// <summary>The backtest kernel and the full runtime (bot entity, paper exchange, SQLite, bus) must fill the same orders.</summary>
public class ConsistencyTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task PaperRun_RealMinuteBars_SameFillsAndKpisAsKernel()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var bars = GridBot.Backtesting.Data.BarCsvReader.Load(path).Value.Bars;
        _ = await AssertSameAsKernelAsync(bars, RuntimeHarness.Config41(), slippageBps: 5m);
    }

    [SkippableTheory]
    [InlineData(3, 20_000, 21_000, 24_000)]
    [InlineData(42, 20_000, 18_000, 26_000)]
    public async Task PaperRun_SimulatedBars_SameFillsAndKpisAsKernel(int seed, int count, double lower, double upper)
    {
        var bars = RuntimeHarness.Simulated(seed, count);
        _ = await AssertSameAsKernelAsync(bars, RuntimeHarness.Config41(lower: (decimal)lower, upper: (decimal)upper), slippageBps: 0m);
    }

    [SkippableTheory]
    [InlineData(42, "both", 5, false, false)]
    [InlineData(3, "up", 20, false, false)]
    [InlineData(42, "down", 3, false, false)]
    [InlineData(42, null, 0, true, false)]
    [InlineData(3, null, 0, false, true)]
    [InlineData(42, "both", 4, true, true)]
    public async Task PaperRun_SimulatedBars_TrailingAndTriggers_SameAsKernel(int seed, string? trailing, int maxShifts, bool stopLoss, bool takeProfit)
    {
        var bars = RuntimeHarness.Simulated(seed, 20_000);
        var config = RuntimeHarness.Config41(lower: 20_000m, upper: 24_000m);

        // Triggers halfway between the grid's edge and the furthest close beyond it, so the case reaches one.
        var low = bars.Min(b => b.Close);
        var high = bars.Max(b => b.Close);
        decimal? sl = stopLoss && low < 20_000m ? decimal.Round((low + 20_000m) / 2m, 2) : null;
        decimal? tp = takeProfit && high > 24_000m ? decimal.Round((high + 24_000m) / 2m, 2) : null;
        (sl is not null || !stopLoss).Should().BeTrue($"seed {seed} must close below the grid (lowest close {low})");
        (tp is not null || !takeProfit).Should().BeTrue($"seed {seed} must close above the grid (highest close {high})");
        config = config with { Spec = WithFeatures(config.Spec, trailing, maxShifts, (double?)sl, (double?)tp) };

        var (kernel, paper) = await AssertSameAsKernelAsync(bars, config, slippageBps: 5m);

        if (stopLoss || takeProfit)
        {
            kernel.Kpis.ExitReason.Should().NotBeNull("the case must reach a trigger");
            paper.FinalState.Status.Should().Be(BotStatus.RequiresManualResume);
        }

        if (trailing is not null && !(stopLoss || takeProfit))
        {
            kernel.Kpis.TrailShifts.Should().BeGreaterThan(0, "the case must trail");
        }
    }

    [SkippableTheory]
    [InlineData("both", null)]
    [InlineData(null, 20_500.0)]
    public async Task PaperRun_RealMinuteBars_TrailingOrStopLoss_SameAsKernel(string? trailing, double? stopLoss)
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var bars = GridBot.Backtesting.Data.BarCsvReader.Load(path).Value.Bars;
        var config = RuntimeHarness.Config41(lower: 21_000m, upper: 25_000m);
        config = config with { Spec = WithFeatures(config.Spec, trailing, 10, stopLoss, null) };

        var (kernel, _) = await AssertSameAsKernelAsync(bars, config, slippageBps: 5m);

        (stopLoss is null ? kernel.Kpis.TrailShifts > 0 : kernel.Kpis.ExitReason == "StopLoss").Should().BeTrue("the case must exercise its feature");
    }

    private static GridBot.Core.Grid.GridSpec WithFeatures(GridBot.Core.Grid.GridSpec spec, string? trailing, int maxShifts, double? stopLoss, double? takeProfit) => spec with
    {
        TrailingUp = trailing is "up" or "both",
        TrailingDown = trailing is "down" or "both",
        MaxTrailShifts = trailing is null ? GridBot.Core.Grid.GridSpec.DefaultMaxTrailShifts : maxShifts,
        StopLossPrice = (decimal?)stopLoss,
        TakeProfitPrice = (decimal?)takeProfit,
    };

    private async Task<(BacktestResult Kernel, GridBot.Runtime.PaperRunResult Paper)> AssertSameAsKernelAsync(Bar[] bars, BotConfig config, decimal slippageBps)
    {
        var kernel = Backtester.Run(PreparedBars.Prepare(bars, config.Rules.TickSize),
            new BacktestConfig(config.Spec, config.Rules, config.Capital, config.Fees, slippageBps), Recording.All).Value;
        await using var h = await RuntimeHarness.CreateAsync(config, slippageBps, bars[0].OpenTimeMs);
        await using var runtime = h.NewRuntime();

        var paper = await h.Replay(runtime).RunAsync(config, bars, null, h.Storage.Fills, CancellationToken.None);

        output.WriteLine($"kernel fills {kernel.Fills.Count}, paper fills {paper.Fills.Count}, runtime {paper.Kpis.ElapsedMs:F0} ms");
        kernel.Fills.Count.Should().BeGreaterThan(20, "the comparison must exercise the grid");
        paper.Fills.Select(f => (f.Side, f.Price, f.Quantity)).Should().Equal(kernel.Fills.Select(f => (f.Side, f.Price, f.Quantity)));
        paper.Fills.Select(f => f.Fee.Amount).Should().Equal(kernel.Fills.Select(f => f.Fee));
        var k = kernel.Kpis;
        var p = paper.Kpis;
        (p.Fills, p.Buys, p.Sells, p.RoundTrips).Should().Be((k.Fills, k.Buys, k.Sells, k.RoundTrips));
        (p.FinalEquity, p.GridProfit, p.Fees, p.FinalCash, p.FinalBase).Should().Be((k.FinalEquity, k.GridProfit, k.Fees, k.FinalCash, k.FinalBase));
        p.ReturnPct.Should().Be(k.ReturnPct);
        p.MaxDrawdownPct.Should().BeApproximately(k.MaxDrawdownPct, 1e-9);
        p.Sharpe.Should().BeApproximately(k.Sharpe, 1e-9);
        paper.LedgerFills.Should().Be(paper.Fills.Count);
        h.Exchange.Placements.Should().OnlyContain(pl => pl.Error == null);
        (p.TrailShifts, p.ExitReason, p.ExitTimeMs).Should().Be((k.TrailShifts, k.ExitReason, k.ExitTimeMs));
        p.InventoryPnl.Should().Be(k.InventoryPnl);
        paper.FinalState.Position.Quantity.Should().Be(k.FinalBase, "the bot's own position is the venue's");
        paper.FinalState.Position.FeesPaid.Should().Be(k.Fees, "the bot's fee total is the venue's");
        return (kernel, paper);
    }
}
