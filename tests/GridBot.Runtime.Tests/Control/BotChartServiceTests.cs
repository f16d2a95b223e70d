using GridBot.Core.Market;
using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>How the chart merges a long series of 1m bars into at most <see cref="BotChartService.MaxPoints"/> points.</summary>
public sealed class BotChartServiceTests
{
    private const long Start = 1_764_892_800_000L; // 2025-12-05T00:00Z

    [Theory]
    [InlineData(0, 0, "1m")]
    [InlineData(180, 180, "1m")]
    [InlineData(720, 720, "1m")]
    [InlineData(721, 361, "2m")]
    [InlineData(1440, 720, "2m")]
    [InlineData(10_080, 720, "14m")]
    public void Downsample_MinuteBars_AtMostMaxPointsOfWholeMinutes(int bars, int points, string interval)
    {
        var series = Enumerable.Range(0, bars).Select(Minute).ToList();

        var (merged, name) = BotChartService.Downsample(series, Start);

        merged.Should().HaveCount(points).And.HaveCountLessThanOrEqualTo(BotChartService.MaxPoints);
        name.Should().Be(interval);
        merged.Select(p => p.TimeMs).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Downsample_MergedPoint_FirstOpenHighestHighLowestLowLastClose()
    {
        var series = Enumerable.Range(0, 1440).Select(Minute).ToList();

        var (merged, _) = BotChartService.Downsample(series, Start);

        merged[0].Should().Be(new ChartBar(Start, 100m, 111m, 89m, 101m));
        merged[^1].TimeMs.Should().Be(Start + (1438 * 60_000L));
        merged[^1].Close.Should().Be(1539m);
    }

    private static Bar Minute(int i) => new(Start + (i * 60_000L), 100m + i, 110m + i, 90m - i, 100m + i, 1m);
}
