using GridBot.Core.Heuristics;

namespace GridBot.Core.Tests.Heuristics;

public class BaselineHeuristicSpacingTests
{
    private static GridSuggestion Suggestion(decimal lower, decimal upper, int levels) =>
        new(lower, upper, (lower + upper) / 2, levels, 0.7, VolatilityRegime.Low, 1m, 0.5, false, "seed");

    [Fact]
    public void CapForSpacing_StepsBelowMinimum_ReducesLevels()
    {
        // 24,352–24,820 is 468 wide; 0.4% of 24,820 is 99.28, so 4 steps fit: 5 levels.
        var capped = BaselineHeuristic.CapForSpacing(Suggestion(24_352m, 24_820m, 12), 0.004m);

        capped.Levels.Should().Be(5);
        capped.Reason.Should().Contain("capped at 5 levels").And.Contain("0.4% apart");
    }

    [Fact]
    public void CapForSpacing_WideEnough_Unchanged()
    {
        var wide = Suggestion(20_000m, 30_000m, 12);

        BaselineHeuristic.CapForSpacing(wide, 0.004m).Should().BeSameAs(wide);
        BaselineHeuristic.CapForSpacing(wide, null).Should().BeSameAs(wide);
    }

    [Fact]
    public void CapForSpacing_TooNarrowForAnyStep_KeepsTwoLevels() =>
        BaselineHeuristic.CapForSpacing(Suggestion(100m, 100.1m, 8), 0.01m).Levels.Should().Be(2);
}
