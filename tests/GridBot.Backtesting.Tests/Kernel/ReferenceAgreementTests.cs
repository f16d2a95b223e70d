using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Grid;
using GridBot.Core.Sizing;
using static GridBot.Backtesting.Tests.Kernel.KernelFixtures;

namespace GridBot.Backtesting.Tests.Kernel;

/// <summary>The fast kernel against the slow decimal reference built on the Core grid engine.</summary>
public class ReferenceAgreementTests
{
    [SkippableFact]
    public void Run_RandomWalks_MatchReferenceExactly() =>
        Prop.ForAll<int, bool, bool>((seed, geometric, quote) =>
        {
            var bars = Bars.RandomWalk(seed, 300);
            var sizing = quote ? LevelSizing.Quote(50m) : LevelSizing.Base(0.37m);
            var spec = new GridSpec(100m, 140m, 2 + Math.Abs(seed % 30), geometric ? GridSpacing.Geometric : GridSpacing.Arithmetic, sizing);
            var config = new BacktestConfig(spec, Rules(), 100_000m, FeeSchedule.FromBps(7.5m, 10m), slippageBps: 3m);
            _ = Agreement.AssertAgree(bars, config);
        }).QuickCheckThrowOnFailure();

    [SkippableFact]
    public void Run_RealMinuteBars_MatchReference()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var bars = GridBot.Backtesting.Data.BarCsvReader.Load(path).Value.Bars;
        var spec = new GridSpec(19_500m, 25_000m, 41, GridSpacing.Arithmetic, LevelSizing.Quote(100m));
        var fills = Agreement.AssertAgree(bars, new BacktestConfig(spec, Rules(5m), 10_000m, FeeSchedule.FromBps(10m, 10m), 5m)).Fills.Count;

        fills.Should().BeGreaterThan(500, "March 2023 crosses this grid many times");
    }
}
