using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Sweeps;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Grid;
using GridBot.Core.Sizing;
using static GridBot.Backtesting.Tests.Kernel.KernelFixtures;

namespace GridBot.Backtesting.Tests.Sweeps;

public class SweeperTests
{
    private static SweepRequest Request(decimal capital = 100_000m) => new(
        Lowers: [90m, 100m, 110m],
        Uppers: [130m, 140m, 150m],
        Levels: [3, 6, 11],
        Modes: [GridSpacing.Arithmetic, GridSpacing.Geometric],
        Sizing: LevelSizing.Base(1m),
        Rules: Rules(),
        Capital: capital,
        Fees: FeeSchedule.FromBps(10m, 10m));

    [Theory]
    [InlineData(SweepRank.Return)]
    [InlineData(SweepRank.Sharpe)]
    [InlineData(SweepRank.Calmar)]
    public void Run_RanksLikeIndividualBacktests(SweepRank rank)
    {
        var bars = PreparedBars.Prepare(Bars.RandomWalk(11, 2_000), 0.01m);

        var sweep = Sweeper.Run(bars, Request(), rank, top: 5, threads: 2);

        var expected = Request().Specs()
            .Select(spec => Backtester.Run(bars, new BacktestConfig(spec, Rules(), 100_000m, FeeSchedule.FromBps(10m, 10m))).Value.Kpis)
            .Select(k => Sweeper.Score(k, rank))
            .OrderDescending()
            .Take(5);
        sweep.Top.Select(e => Sweeper.Score(e.Kpis, rank)).Should().Equal(expected);
        sweep.Top.Select(e => e.Rank).Should().Equal(1, 2, 3, 4, 5);
        sweep.Settings.Should().Be(54);
        sweep.Evaluated.Should().Be(54);
    }

    [Fact]
    public void Run_SameInputs_SameResultWhateverTheThreads()
    {
        var bars = PreparedBars.Prepare(Bars.RandomWalk(5, 1_000), 0.01m);

        var one = Sweeper.Run(bars, Request(), top: 20, threads: 1);
        var two = Sweeper.Run(bars, Request(), top: 20, threads: 2);

        two.Top.Select(e => (e.Spec, e.Kpis.FinalEquity)).Should().Equal(one.Top.Select(e => (e.Spec, e.Kpis.FinalEquity)));
    }

    [Fact]
    public void Run_TooLittleCapital_CountsSkippedByReason()
    {
        var bars = PreparedBars.Prepare(Bars.RandomWalk(5, 100), 0.01m);

        var sweep = Sweeper.Run(bars, Request(capital: 400m));

        sweep.Skipped.Should().BeGreaterThan(0);
        sweep.SkipReasons.Should().ContainKey("InsufficientCapital");
        sweep.Evaluated.Should().Be(sweep.Settings - sweep.Skipped);
    }

    [Fact]
    public void Run_ReportsProgressForEverySetting()
    {
        var bars = PreparedBars.Prepare(Bars.RandomWalk(5, 100), 0.01m);
        var seen = new List<int>();
        var progress = new SynchronousProgress(seen);

        Sweeper.Run(bars, Request(), progress: progress);

        seen.Should().HaveCount(54).And.Contain(54);
    }

    private sealed class SynchronousProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
