using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

public sealed class LocalParquetBarStoreTests : IDisposable
{
    private static readonly BarSeries Series = TempBarStore.BtcSpot1m;
    private readonly TempBarStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task UpsertAsync_ThenLoad_ReturnsEqualBarsWithExactDecimals()
    {
        var bars = Minutes(Jan1, 120);

        var upsert = await _temp.Store.UpsertAsync(Series, bars, CancellationToken.None);
        var loaded = await _temp.Store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None);

        upsert.Value.Should().Be(new BarUpsertSummary(1, 120, 0));
        loaded.Value.Should().Equal(bars);
        loaded.Value[0].Low.Should().Be(42_000.123456779999999999m);
        loaded.Value[119].Volume.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0').Should().Be("0.014814");
    }

    [Fact]
    public async Task UpsertAsync_Layout_WritesDailyPartFileUnderLowerCaseVenueAndMarket()
    {
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1, 3), CancellationToken.None);

        var expected = Path.Combine(_temp.Root, "bars", "binance", "spot", "BTCUSDT", "1m", "dt=2024-01-01", "part-0.parquet");
        File.Exists(expected).Should().BeTrue();
        _temp.Store.PartitionPath(Series, Jan1 + 5).Should().Be(expected);
        _temp.Files().Keys.Should().Equal(expected);
    }

    [Fact]
    public async Task UpsertAsync_SameBarsAgain_ChangesNothing()
    {
        var bars = Minutes(Jan1 + Day - (30 * Minute), 60);
        await _temp.Store.UpsertAsync(Series, bars, CancellationToken.None);
        var before = _temp.Files();

        var again = await _temp.Store.UpsertAsync(Series, [.. bars.Reverse()], CancellationToken.None);

        again.Value.Should().Be(new BarUpsertSummary(0, 0, 0));
        _temp.Files().Should().Equal(before);
        (await _temp.Store.LoadAsync(Series, Jan1, Jan1 + (2 * Day), CancellationToken.None)).Value.Should().Equal(bars);
    }

    [Fact]
    public async Task UpsertAsync_OverlappingBarsAcrossMidnight_MergesAndDeduplicatesByOpenTime()
    {
        var first = Minutes(Jan1 + Day - (10 * Minute), 8);
        var second = Minutes(Jan1 + Day - (4 * Minute), 10, basePrice: 43_000m);
        await _temp.Store.UpsertAsync(Series, first, CancellationToken.None);

        var result = await _temp.Store.UpsertAsync(Series, second, CancellationToken.None);
        var loaded = await _temp.Store.LoadAsync(Series, Jan1, Jan1 + (2 * Day), CancellationToken.None);

        result.Value.Should().Be(new BarUpsertSummary(2, 8, 2));
        loaded.Value.Should().Equal([.. first.Take(6), .. second]);
        loaded.Value.Select(b => b.OpenTimeMs).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
        File.Exists(_temp.Store.PartitionPath(Series, Jan1 + Day)).Should().BeTrue();
    }

    [Fact]
    public async Task UpsertAsync_DuplicateOpenTimesInOneCall_LastOneWins()
    {
        var bar = Minutes(Jan1, 1)[0];
        var replacement = bar with { Volume = bar.Volume + 7m };

        var upsert = await _temp.Store.UpsertAsync(Series, [bar, replacement], CancellationToken.None);

        upsert.Value.Should().Be(new BarUpsertSummary(1, 1, 0));
        (await _temp.Store.LoadAsync(Series, Jan1, Jan1 + Minute, CancellationToken.None)).Value.Should().Equal(replacement);
    }

    [Fact]
    public async Task LoadAsync_RangeAcrossDays_ReturnsOnlyBarsInHalfOpenRangeOldestFirst()
    {
        var bars = Minutes(Jan1 + Day - Hour, 3 * 60);
        await _temp.Store.UpsertAsync(Series, [.. bars.Reverse()], CancellationToken.None);

        var loaded = await _temp.Store.LoadAsync(Series, Jan1 + Day - (30 * Minute), Jan1 + Day + (90 * Minute), CancellationToken.None);

        loaded.Value.Should().Equal(bars.Skip(30).Take(120));
        (await _temp.Store.LoadAsync(Series, Jan1 + (5 * Day), Jan1 + (6 * Day), CancellationToken.None)).Value.Should().BeEmpty();
    }

    [Fact]
    public async Task LoadAsync_ReversedRange_IsError()
    {
        var loaded = await _temp.Store.LoadAsync(Series, Jan1 + Minute, Jan1, CancellationToken.None);

        loaded.IsSuccess.Should().BeFalse();
        loaded.Error!.Code.Should().Be("BadRange");
    }

    [Fact]
    public async Task LastOpenTimeAsync_EmptyThenStored_NullThenNewestOpenTime()
    {
        var empty = await _temp.Store.LastOpenTimeAsync(Series, CancellationToken.None);
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1 + (2 * Day), 5), CancellationToken.None);
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1, 5), CancellationToken.None);

        var last = await _temp.Store.LastOpenTimeAsync(Series, CancellationToken.None);

        empty.Value.Should().BeNull();
        last.Value.Should().Be(Jan1 + (2 * Day) + (4 * Minute));
    }

    [Fact]
    public async Task ListSeriesAsync_TwoSeries_ReportsEachWithFirstLastAndCount()
    {
        var perp1h = new BarSeries(Venue.Bybit, MarketType.Perp, new Symbol("ETH", "USDT"), BarInterval.Parse("1h").Value);
        await _temp.Store.UpsertAsync(Series, [.. Minutes(Jan1, 10), .. Minutes(Jan1 + (3 * Day), 5)], CancellationToken.None);
        await _temp.Store.UpsertAsync(perp1h, [Minutes(Jan1, 1)[0], Minutes(Jan1 + Hour, 1)[0]], CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(_temp.Root, "bars", "binance", "spot", "not a symbol", "1m"));

        var list = await _temp.Store.ListSeriesAsync(CancellationToken.None);

        list.Value.Should().Equal(
            new BarSeriesInfo(Series, Jan1, Jan1 + (3 * Day) + (4 * Minute), 15),
            new BarSeriesInfo(perp1h, Jan1, Jan1 + Hour, 2));
    }
}
