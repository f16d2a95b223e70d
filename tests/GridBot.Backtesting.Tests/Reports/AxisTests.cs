using GridBot.Backtesting.Reports;

namespace GridBot.Backtesting.Tests.Reports;

public sealed class AxisTests
{
    [Theory]
    [InlineData(0, 100, 8, 20)]
    [InlineData(21_000, 27_500, 8, 1_000)]
    [InlineData(0.5, 0.9, 8, 0.05)]
    [InlineData(9_000, 10_500, 8, 200)]
    public void Step_Range_IsRoundAndGivesAtMostAboutTargetTicks(double min, double max, int target, double expected) =>
        NiceScale.Step(min, max, target).Should().BeApproximately(expected, expected * 1e-9);

    [Fact]
    public void Ticks_Range_AreMultiplesOfStepInside()
    {
        NiceScale.Ticks(21_100, 24_900, 1_000).Should().Equal(22_000, 23_000, 24_000);
    }

    [Theory]
    [InlineData(26_500, 500, "26,500")]
    [InlineData(9_750, 250, "9,750")]
    [InlineData(1.5, 2.5, "1.5")]
    [InlineData(0.25, 0.05, "0.25")]
    [InlineData(0.0001, 0.0001, "0.0001")]
    public void Number_Tick_ShowsTheDecimalsItsStepNeeds(double value, double step, string expected) =>
        SvgText.Number(value, step).Should().Be(expected);

    [Theory]
    [InlineData("plain · text → ok", "plain · text → ok")]
    [InlineData("<a href='x'>\"R&D\"</a>", "&lt;a href=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/a&gt;")]
    [InlineData("", "")]
    public void Escape_Text_EscapesOnlyTheFiveHtmlSpecials(string text, string expected) =>
        SvgText.Escape(text).Should().Be(expected);

    [Fact]
    public void TimeAxis_ThreeWeeksOfMinuteBars_LabelsEveryOtherUtcMidnight()
    {
        var bars = SyntheticRun.Bars(30_240, 1_440); // 2023-03-01 00:00 … 2023-03-21 23:59

        var ticks = TimeAxis.Ticks(bars, 12);

        ticks.Select(t => t.Label).Should().Equal(
            "2023-03-02", "2023-03-04", "2023-03-06", "2023-03-08", "2023-03-10",
            "2023-03-12", "2023-03-14", "2023-03-16", "2023-03-18", "2023-03-20");
        ticks[0].BarIndex.Should().Be(1_440);
    }

    [Fact]
    public void TimeAxis_YearOfMinuteBars_LabelsMonths()
    {
        var bars = SyntheticRun.Bars(525_600, 1_440); // 2023-03-01 … 2024-02-29

        var ticks = TimeAxis.Ticks(bars, 12);

        ticks.Should().HaveCount(12);
        ticks[0].Should().Be(new TimeTick(0, "2023-03"));
        ticks[^1].Label.Should().Be("2024-02");
    }

    [Fact]
    public void TimeAxis_TwoHoursOfMinuteBars_LabelsQuarterHours()
    {
        var ticks = TimeAxis.Ticks(SyntheticRun.Bars(120, 60), 12);

        ticks.Select(t => t.Label).Should().Equal("03-01 00:00", "03-01 00:15", "03-01 00:30", "03-01 00:45", "03-01 01:00", "03-01 01:15", "03-01 01:30", "03-01 01:45");
        ticks.Select(t => t.BarIndex).Should().Equal(0, 15, 30, 45, 60, 75, 90, 105);
    }
}
