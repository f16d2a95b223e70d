using System.Text;
using GridBot.Backtesting.Data;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Data;

public sealed class BarCsvReaderGapTests
{
    private const long March1 = 1_677_628_800_000; // 2023-03-01 00:00:00 UTC
    private const long OneMinute = 60_000;

    private static LoadedBars ReadMinutes(params int[] minutes)
    {
        var csv = new StringBuilder("open_time,open,high,low,close,volume\n");
        foreach (var m in minutes)
        {
            csv.Append(March1 + (m * OneMinute)).Append(",100,101,99,100,1\n");
        }

        return BarCsvReader.Load(new StringReader(csv.ToString()), "data.csv").Value;
    }

    [Fact]
    public void Load_TwoGaps_CountsGapsAndMissingBars()
    {
        // Steps 1, 1, 3, 1, 5 minutes: a 3-minute step hides 2 bars, a 5-minute step 4.
        var loaded = ReadMinutes(0, 1, 2, 5, 6, 11);

        loaded.Interval.Should().Be(TimeSpan.FromMinutes(1));
        loaded.Bars.Should().HaveCount(6, "gaps are never filled");
        loaded.GapCount.Should().Be(2);
        loaded.MissingBars.Should().Be(6);
        loaded.Gaps.Should().Equal(
            new BarGap(March1 + (2 * OneMinute), March1 + (5 * OneMinute), 2),
            new BarGap(March1 + (6 * OneMinute), March1 + (11 * OneMinute), 4));
        loaded.LargestGap.Should().Be(loaded.Gaps[1]);
        loaded.GapWarning.Should().Be(
            "data.csv: 2 gaps in 6 bars of 1m, 6 missing bars in all; largest 4 after 2023-03-01 00:06:00 UTC, "
            + "first 2 after 2023-03-01 00:02:00 UTC. Gaps are not filled.");
    }

    [Fact]
    public void Load_OneGap_SingularWording()
    {
        var loaded = ReadMinutes(0, 1, 2, 4);

        loaded.GapWarning.Should().Be(
            "data.csv: 1 gap in 4 bars of 1m, 1 missing bar in all; largest 1 after 2023-03-01 00:02:00 UTC, "
            + "first 1 after 2023-03-01 00:02:00 UTC. Gaps are not filled.");
    }

    [Fact]
    public void Load_NoGaps_NoWarning()
    {
        var loaded = ReadMinutes(0, 1, 2, 3);

        loaded.GapCount.Should().Be(0);
        loaded.MissingBars.Should().Be(0);
        loaded.LargestGap.Should().BeNull();
        loaded.GapWarning.Should().BeNull();
    }

    [Fact]
    public void Load_SingleBar_ZeroIntervalAndNoGaps()
    {
        var loaded = ReadMinutes(0);

        loaded.Interval.Should().Be(TimeSpan.Zero);
        loaded.GapWarning.Should().BeNull();
    }

    [Fact]
    public void DetectMs_Tie_PicksSmallerStep() =>
        BarIntervals.DetectMs(Bars(0, 1, 3, 4, 6)).Should().Be(OneMinute);

    [Fact]
    public void FindGaps_RegularSteps_NoGaps() =>
        BarIntervals.FindGaps(Bars(0, 1, 2, 3), OneMinute).Should().BeEmpty();

    [Fact]
    public void FindGaps_StepOfOneAndAHalfIntervals_OneMissingBar()
    {
        Bar[] bars = [Bar(0), Bar(OneMinute), Bar(OneMinute * 5 / 2)];

        BarIntervals.FindGaps(bars, OneMinute).Single().MissingBars.Should().Be(1);
    }

    [Theory]
    [InlineData(60_000, "1m")]
    [InlineData(900_000, "15m")]
    [InlineData(5_400_000, "90m")]
    [InlineData(7_200_000, "2h")]
    [InlineData(86_400_000, "1d")]
    [InlineData(30_000, "30s")]
    [InlineData(250, "250ms")]
    [InlineData(0, "0")]
    public void Format_Interval_ShortName(long ms, string expected) =>
        BarIntervals.Format(TimeSpan.FromMilliseconds(ms)).Should().Be(expected);

    private static Bar Bar(long openTimeMs) => new(March1 + openTimeMs, 100m, 101m, 99m, 100m, 1m);

    private static Bar[] Bars(params int[] minutes) => minutes.Select(m => Bar(m * OneMinute)).ToArray();
}
