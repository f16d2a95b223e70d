using GridBot.Backtesting.Kernel;
using GridBot.Core.Bots;
using GridBot.Core.Market;
using Xunit.Abstractions;

namespace GridBot.Runtime.Tests;

/// <summary>The backtest kernel and the full runtime (bot entity, paper exchange, SQLite, bus) must fill the same orders.</summary>
public class ConsistencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task PaperRun_RealMinuteBars_SameFillsAndKpisAsKernel()
    {
        var path = SharedData.PathOf(SharedData.Btc1m);
        if (path is null)
        {
            output.WriteLine(SharedData.SkipReason(SharedData.Btc1m));
            return;
        }

        var bars = GridBot.Backtesting.Data.BarCsvReader.Load(path).Value.Bars;
        await AssertSameAsKernelAsync(bars, RuntimeHarness.Config41(), slippageBps: 5m);
    }

    [Theory]
    [InlineData(3, 20_000, 21_000, 24_000)]
    [InlineData(42, 20_000, 18_000, 26_000)]
    public async Task PaperRun_SimulatedBars_SameFillsAndKpisAsKernel(int seed, int count, double lower, double upper)
    {
        var bars = RuntimeHarness.Simulated(seed, count);
        await AssertSameAsKernelAsync(bars, RuntimeHarness.Config41(lower: (decimal)lower, upper: (decimal)upper), slippageBps: 0m);
    }

    private async Task AssertSameAsKernelAsync(Bar[] bars, BotConfig config, decimal slippageBps)
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
    }
}
