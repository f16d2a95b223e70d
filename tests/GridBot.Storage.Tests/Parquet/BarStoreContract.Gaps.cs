using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

public abstract partial class BarStoreContract
{
    [Fact]
    public async Task PlanGapsAsync_MissingHourAndMissingDay_ReturnsBothRanges()
    {
        // Day 1 without 10:00–11:00, day 2 absent, day 3 whole.
        var day1 = Minutes(Jan1, 24 * 60).Where(b => b.OpenTimeMs < Jan1 + (10 * Hour) || b.OpenTimeMs >= Jan1 + (11 * Hour));
        await Store.UpsertAsync(Series, [.. day1, .. Minutes(Jan1 + (2 * Day), 24 * 60)], CancellationToken.None);

        var gaps = await Store.PlanGapsAsync(Series, Jan1, Jan1 + (3 * Day), CancellationToken.None);

        gaps.Value.Should().Equal(
            new BarTimeRange(Jan1 + (10 * Hour), Jan1 + (11 * Hour), 60),
            new BarTimeRange(Jan1 + Day, Jan1 + (2 * Day), 24 * 60));
    }

    [Fact]
    public async Task PlanGapsAsync_RangeBeyondStoredBars_IncludesLeadingAndTrailingGaps()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1 + Hour, 60), CancellationToken.None);

        var gaps = await Store.PlanGapsAsync(Series, Jan1 + (30 * Minute), Jan1 + (3 * Hour), CancellationToken.None);

        gaps.Value.Should().Equal(
            new BarTimeRange(Jan1 + (30 * Minute), Jan1 + Hour, 30),
            new BarTimeRange(Jan1 + (2 * Hour), Jan1 + (3 * Hour), 60));
    }

    [Fact]
    public async Task PlanGapsAsync_NothingStored_WholeRangeOnIntervalGrid()
    {
        var hourly = Series with { Interval = BarInterval.Parse("1h").Value };

        var gaps = await Store.PlanGapsAsync(hourly, Jan1 + (30 * Minute), Jan1 + (5 * Hour), CancellationToken.None);

        gaps.Value.Should().Equal(new BarTimeRange(Jan1 + Hour, Jan1 + (5 * Hour), 4));
    }

    [Fact]
    public async Task PlanGapsAsync_CompleteSeries_NoGaps()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1 + Day - Hour, 120), CancellationToken.None);

        var gaps = await Store.PlanGapsAsync(Series, Jan1 + Day - Hour, Jan1 + Day + Hour, CancellationToken.None);

        gaps.IsSuccess.Should().BeTrue();
        gaps.Value.Should().BeEmpty();
    }
}
