using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using Xunit.Abstractions;
using static GridBot.Backtesting.Tests.Kernel.KernelFixtures;

namespace GridBot.Backtesting.Tests.Kernel;

/// <summary>
/// Trailing, stop-loss, take-profit and the flatten: the kernel against the reference driven by GridEngine.OnPrice and
/// FlattenPlanner, fill for fill, on simulated and real bars.
/// </summary>
public class CloseRuleAgreementTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Run_RandomCloseRulesOnSimulatedBars_MatchReferenceExactly() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
        {
            if (CloseRuleScenario.Of(seed) is { } scenario)
            {
                _ = Agreement.AssertAgree(scenario.Bars, scenario.Config);
            }
        }).QuickCheckThrowOnFailure();

    [SkippableFact]
    public void Scenarios_FirstTwoHundredSeeds_ReachEveryCloseRule()
    {
        // The property above is only as good as its cases: they must trail both ways, hit the shift limit, and exit
        // both ways, with and without inventory to sell.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(string what, bool when) => seen[what] = seen.GetValueOrDefault(what) + (when ? 1 : 0);
        foreach (var scenario in Enumerable.Range(0, 200).Select(CloseRuleScenario.Of).OfType<CloseRuleScenario>())
        {
            var result = Backtester.Run(PreparedBars.Prepare(scenario.Bars, 0.01m), scenario.Config, Recording.Fills).Value;
            var spec = scenario.Config.Spec;
            var exitSells = result.Fills.Count(f => f.IsTaker && f.Side == OrderSide.Sell);
            Count("fills above the spec's top", result.Fills.Any(f => f.Level >= spec.Levels));
            Count("fills below the spec's bottom", result.Fills.Any(f => f.Level < 0 && !f.IsTaker));
            Count("shift limit reached", spec.Trailing && result.Kpis.TrailShifts == spec.MaxTrailShifts);
            var exitBars = result.Fills.Where(f => f.IsTaker && f.Side == OrderSide.Sell).Select(f => f.BarIndex).Distinct().Count();
            Count("stop-loss flattened over several closes", result.Kpis.ExitReason == "StopLoss" && exitBars > 1);
            Count("take-profit", result.Kpis.ExitReason == "TakeProfit");
            Count("exit with nothing to sell", result.Kpis.ExitReason is not null && exitSells == 0);
        }

        output.WriteLine(string.Join(Environment.NewLine, seen.Select(s => $"{s.Key}: {s.Value}")));
        seen.Should().HaveCount(6).And.OnlyContain(s => s.Value > 0);
    }

    [SkippableFact]
    public void Run_RealMinuteBarsTrailingBoth_MatchReference()
    {
        var bars = RealBars();

        var spec = new GridSpec(22_000m, 24_000m, 21, GridSpacing.Arithmetic, LevelSizing.Quote(100m), TrailingUp: true, TrailingDown: true, MaxTrailShifts: 60);

        var result = Agreement.AssertAgree(bars, new BacktestConfig(spec, Rules(5m), 10_000m, FeeSchedule.FromBps(10m, 10m), 5m));

        output.WriteLine($"shifts {result.Kpis.TrailShifts}, fills {result.Fills.Count}");
        result.Kpis.TrailShifts.Should().BeGreaterThan(20, "March 2023 leaves 22,000–24,000 both ways by thousands");
        result.Fills.Should().Contain(f => f.Level < 0 && !f.IsTaker).And.Contain(f => f.Level > 20);
    }

    [SkippableFact]
    public void Run_RealMinuteBarsStopLoss_MatchReference()
    {
        var bars = RealBars();

        var spec = new GridSpec(22_000m, 24_000m, 21, GridSpacing.Arithmetic, LevelSizing.Quote(100m), StopLossPrice: 21_000m);

        var result = Agreement.AssertAgree(bars, new BacktestConfig(spec, Rules(5m), 10_000m, FeeSchedule.FromBps(10m, 10m), 5m));

        var exit = result.Fills.Where(f => f.IsTaker && f.Side == OrderSide.Sell).ToList();
        output.WriteLine($"exit at {result.Kpis.ExitTimeMs}: {exit.Count} sells");
        result.Kpis.ExitReason.Should().Be("StopLoss");
        exit.Should().HaveCountGreaterThan(1);
        result.Kpis.FinalBase.Should().BeLessThan(0.0001m, "the flatten sells all but dust below one step");
    }

    private static Bar[] RealBars()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        return GridBot.Backtesting.Data.BarCsvReader.Load(path).Value.Bars;
    }
}
