using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Sweeps;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Grid;
using GridBot.Core.Sizing;
using static GridBot.Backtesting.Tests.Kernel.KernelFixtures;

namespace GridBot.Backtesting.Tests.Sweeps;

public class SweepRequestTests
{
    private static SweepRequest Request() => new(
        Lowers: [100m, 110m],
        Uppers: [130m],
        Levels: [5],
        Modes: [GridSpacing.Arithmetic],
        Sizing: LevelSizing.Base(1m),
        Rules: Rules(),
        Capital: 100_000m,
        Fees: FeeSchedule.FromBps(10m, 10m));

    [Fact]
    public void Expand_TrailingModesAndShiftLimits_ShiftLimitOnlyVariesTrailingGrids()
    {
        var request = Request() with { Trailing = [TrailingMode.None, TrailingMode.Up, TrailingMode.Both], MaxTrailShifts = [5, 20] };

        var specs = request.Expand().Specs;

        specs.Should().HaveCount(2 * (1 + 2 + 2));
        specs.Where(s => !s.Trailing).Should().OnlyContain(s => s.MaxTrailShifts == GridSpec.DefaultMaxTrailShifts).And.HaveCount(2);
        specs.Where(s => s.TrailingUp && s.TrailingDown).Select(s => s.MaxTrailShifts).Should().Equal(5, 20, 5, 20);
        specs.Where(s => s.TrailingUp && !s.TrailingDown).Should().HaveCount(4);
    }

    [Fact]
    public void Expand_TriggersOnTheWrongSideOfTheRange_SkippedAndCounted()
    {
        // Stop-losses 95 and 105 against lowers 100 and 110: 105 is not below 100. Take-profits 125 and 135 against upper 130.
        var request = Request() with { StopLosses = [95m, 105m], TakeProfits = [125m, 135m, null] };

        var expanded = request.Expand();

        expanded.Specs.Select(s => (s.Lower, s.StopLossPrice, s.TakeProfitPrice)).Should().Equal(
            (100m, 95m, 135m), (100m, 95m, (decimal?)null), (110m, 95m, 135m), (110m, 95m, null), (110m, 105m, 135m), (110m, 105m, null));
        expanded.InvalidTriggers.Should().Be(12 - 6);
    }

    [Fact]
    public void Run_WithCloseRuleDimensions_EntriesCarryTheirSettingsAndRankLikeBacktests()
    {
        var bars = PreparedBars.Prepare(Bars.RandomWalk(9, 1_000), 0.01m);
        var request = Request() with { Trailing = [TrailingMode.None, TrailingMode.Down], StopLosses = [null, 90m, 105m] };

        var sweep = Sweeper.Run(bars, request, top: 100, threads: 2);

        sweep.InvalidTriggers.Should().Be(2);
        sweep.Settings.Should().Be(2 * 2 * 3 - 2);
        sweep.Top.Should().HaveCount(sweep.Evaluated);
        foreach (var entry in sweep.Top)
        {
            var alone = Backtester.Run(bars, new BacktestConfig(entry.Spec, Rules(), 100_000m, FeeSchedule.FromBps(10m, 10m))).Value.Kpis;
            (entry.Kpis.FinalEquity, entry.Kpis.TrailShifts, entry.Kpis.ExitReason).Should().Be((alone.FinalEquity, alone.TrailShifts, alone.ExitReason));
        }

        sweep.Top.Should().Contain(e => e.Spec.TrailingDown && e.Kpis.TrailShifts > 0).And.Contain(e => e.Kpis.ExitReason == "StopLoss");
    }
}
