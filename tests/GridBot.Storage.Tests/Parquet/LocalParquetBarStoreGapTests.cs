using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

public sealed class LocalParquetBarStoreGapTests : IDisposable
{
    private static readonly BarSeries Series = TempBarStore.BtcSpot1m;
    private readonly TempBarStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PlanGapsAsync_MissingHourAndMissingDay_ReturnsBothRanges()
    {
        // Day 1 without 10:00–11:00, day 2 absent, day 3 whole.
        var day1 = Minutes(Jan1, 24 * 60).Where(b => b.OpenTimeMs < Jan1 + (10 * Hour) || b.OpenTimeMs >= Jan1 + (11 * Hour));
        await _temp.Store.UpsertAsync(Series, [.. day1, .. Minutes(Jan1 + (2 * Day), 24 * 60)], CancellationToken.None);

        var gaps = await _temp.Store.PlanGapsAsync(Series, Jan1, Jan1 + (3 * Day), CancellationToken.None);

        gaps.Value.Should().Equal(
            new BarTimeRange(Jan1 + (10 * Hour), Jan1 + (11 * Hour), 60),
            new BarTimeRange(Jan1 + Day, Jan1 + (2 * Day), 24 * 60));
    }

    [Fact]
    public async Task PlanGapsAsync_RangeBeyondStoredBars_IncludesLeadingAndTrailingGaps()
    {
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1 + Hour, 60), CancellationToken.None);

        var gaps = await _temp.Store.PlanGapsAsync(Series, Jan1 + (30 * Minute), Jan1 + (3 * Hour), CancellationToken.None);

        gaps.Value.Should().Equal(
            new BarTimeRange(Jan1 + (30 * Minute), Jan1 + Hour, 30),
            new BarTimeRange(Jan1 + (2 * Hour), Jan1 + (3 * Hour), 60));
    }

    [Fact]
    public async Task PlanGapsAsync_NothingStored_WholeRangeOnIntervalGrid()
    {
        var hourly = Series with { Interval = BarInterval.Parse("1h").Value };

        var gaps = await _temp.Store.PlanGapsAsync(hourly, Jan1 + (30 * Minute), Jan1 + (5 * Hour), CancellationToken.None);

        gaps.Value.Should().Equal(new BarTimeRange(Jan1 + Hour, Jan1 + (5 * Hour), 4));
    }

    [Fact]
    public async Task PlanGapsAsync_CompleteSeries_NoGaps()
    {
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1 + Day - Hour, 120), CancellationToken.None);

        var gaps = await _temp.Store.PlanGapsAsync(Series, Jan1 + Day - Hour, Jan1 + Day + Hour, CancellationToken.None);

        gaps.IsSuccess.Should().BeTrue();
        gaps.Value.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1m", 60_000L)]
    [InlineData(" 15m ", 900_000L)]
    [InlineData("4h", 14_400_000L)]
    [InlineData("1d", 86_400_000L)]
    [InlineData("1w", 604_800_000L)]
    public void BarIntervalParse_VenueName_FixedLength(string text, long milliseconds)
    {
        var interval = BarInterval.Parse(text);

        interval.Value.Milliseconds.Should().Be(milliseconds);
        interval.Value.Name.Should().Be(text.Trim());
    }

    [Theory]
    [InlineData("1M")]
    [InlineData("m")]
    [InlineData("0m")]
    [InlineData("-1m")]
    [InlineData("")]
    [InlineData(null)]
    public void BarIntervalParse_NoFixedLength_IsError(string? text) =>
        BarInterval.Parse(text).IsSuccess.Should().BeFalse();
}
