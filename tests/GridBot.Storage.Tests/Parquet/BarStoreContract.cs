using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>
/// What every <see cref="IBarStore"/> promises, run against each backend (a local folder, a Blob container on Azurite).
/// A subclass gives a fresh, empty store per test and raw access to what it stored, by the name relative to the root
/// (<c>bars/…/part-0.parquet</c>, the same for files and blobs).
/// </summary>
public abstract partial class BarStoreContract : IAsyncLifetime
{
    protected static readonly BarSeries Series = TempBarStore.BtcSpot1m;

    protected IBarStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    /// <summary>The relative name of the part holding <paramref name="series"/>' day of <paramref name="openTimeMs"/>.</summary>
    protected static string PartOf(BarSeries series, long openTimeMs) => BlobParquetBarStore.PartitionBlobName(series, openTimeMs);

    protected abstract Task<IBarStore> CreateStoreAsync();

    /// <summary>What the store's errors call that part (a full path, a blob URI).</summary>
    protected abstract string ErrorNameOf(BarSeries series, long openTimeMs);

    /// <summary>Every stored object by relative name, with a stamp that changes when it is rewritten.</summary>
    protected abstract Task<Dictionary<string, string>> ObjectsAsync();

    protected abstract Task WriteRawAsync(string name, byte[] bytes);

    protected abstract Task<byte[]> ReadRawAsync(string name);

    [Fact]
    public async Task UpsertAsync_ThenLoad_ReturnsEqualBarsWithExactDecimals()
    {
        var bars = Minutes(Jan1, 120);

        var upsert = await Store.UpsertAsync(Series, bars, CancellationToken.None);
        var loaded = await Store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None);

        upsert.Value.Should().Be(new BarUpsertSummary(1, 120, 0));
        loaded.Value.Should().Equal(bars);
        loaded.Value[0].Low.Should().Be(42_000.123456779999999999m);
        loaded.Value[119].Volume.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0').Should().Be("0.014814");
    }

    [Fact]
    public async Task UpsertAsync_ValuesNeedingWideColumns_RoundTripExactly()
    {
        var bars = new[]
        {
            new Bar(Jan1, 1.000000000000000001m, 2m, 1m, 1.5m, 99_999_999_999_999_999_999m),
            new Bar(Jan1 + Minute, 0.000000000000000001m, 0.000000000000000003m, 0.000000000000000001m, 0.000000000000000002m, 0m),
        };

        await Store.UpsertAsync(Series, bars, CancellationToken.None);
        var loaded = await Store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None);

        loaded.Value.Should().Equal(bars);
    }

    [Fact]
    public async Task UpsertAsync_Layout_WritesDailyPartUnderLowerCaseVenueAndMarket()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1, 3), CancellationToken.None);

        (await ObjectsAsync()).Keys.Should().Equal("bars/binance/spot/BTCUSDT/1m/dt=2024-01-01/part-0.parquet");
        PartOf(Series, Jan1 + 5).Should().Be("bars/binance/spot/BTCUSDT/1m/dt=2024-01-01/part-0.parquet");
    }

    [Fact]
    public async Task UpsertAsync_SameBarsAgain_ChangesNothing()
    {
        var bars = Minutes(Jan1 + Day - (30 * Minute), 60);
        await Store.UpsertAsync(Series, bars, CancellationToken.None);
        var before = await ObjectsAsync();

        var again = await Store.UpsertAsync(Series, [.. bars.Reverse()], CancellationToken.None);

        again.Value.Should().Be(new BarUpsertSummary(0, 0, 0));
        (await ObjectsAsync()).Should().Equal(before);
        (await Store.LoadAsync(Series, Jan1, Jan1 + (2 * Day), CancellationToken.None)).Value.Should().Equal(bars);
    }

    [Fact]
    public async Task UpsertAsync_OverlappingBarsAcrossMidnight_MergesAndDeduplicatesByOpenTime()
    {
        var first = Minutes(Jan1 + Day - (10 * Minute), 8);
        var second = Minutes(Jan1 + Day - (4 * Minute), 10, basePrice: 43_000m);
        await Store.UpsertAsync(Series, first, CancellationToken.None);

        var result = await Store.UpsertAsync(Series, second, CancellationToken.None);
        var loaded = await Store.LoadAsync(Series, Jan1, Jan1 + (2 * Day), CancellationToken.None);

        result.Value.Should().Be(new BarUpsertSummary(2, 8, 2));
        loaded.Value.Should().Equal([.. first.Take(6), .. second]);
        loaded.Value.Select(b => b.OpenTimeMs).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder();
        (await ObjectsAsync()).Keys.Should().BeEquivalentTo(PartOf(Series, Jan1), PartOf(Series, Jan1 + Day));
    }

    [Fact]
    public async Task UpsertAsync_DuplicateOpenTimesInOneCall_LastOneWins()
    {
        var bar = Minutes(Jan1, 1)[0];
        var replacement = bar with { Volume = bar.Volume + 7m };

        var upsert = await Store.UpsertAsync(Series, [bar, replacement], CancellationToken.None);

        upsert.Value.Should().Be(new BarUpsertSummary(1, 1, 0));
        (await Store.LoadAsync(Series, Jan1, Jan1 + Minute, CancellationToken.None)).Value.Should().Equal(replacement);
    }

    [Fact]
    public async Task LoadAsync_RangeAcrossDays_ReturnsOnlyBarsInHalfOpenRangeOldestFirst()
    {
        var bars = Minutes(Jan1 + Day - Hour, 3 * 60);
        await Store.UpsertAsync(Series, [.. bars.Reverse()], CancellationToken.None);

        var loaded = await Store.LoadAsync(Series, Jan1 + Day - (30 * Minute), Jan1 + Day + (90 * Minute), CancellationToken.None);

        loaded.Value.Should().Equal(bars.Skip(30).Take(120));
        (await Store.LoadAsync(Series, Jan1 + (5 * Day), Jan1 + (6 * Day), CancellationToken.None)).Value.Should().BeEmpty();
    }

    [Fact]
    public async Task LoadAsync_ManyDays_ReadsThemAllInOrder()
    {
        var bars = Enumerable.Range(0, 40).SelectMany(d => Minutes(Jan1 + (d * Day) + (d * Minute), 3)).ToArray();
        await Store.UpsertAsync(Series, bars, CancellationToken.None);

        var loaded = await Store.LoadAsync(Series, Jan1, Jan1 + (40 * Day), CancellationToken.None);

        loaded.Value.Should().Equal(bars);
    }

    [Fact]
    public async Task LoadAsync_ReversedRange_IsError()
    {
        var loaded = await Store.LoadAsync(Series, Jan1 + Minute, Jan1, CancellationToken.None);

        loaded.IsSuccess.Should().BeFalse();
        loaded.Error!.Code.Should().Be("BadRange");
    }

    [Fact]
    public async Task LastOpenTimeAsync_EmptyThenStored_NullThenNewestOpenTime()
    {
        var empty = await Store.LastOpenTimeAsync(Series, CancellationToken.None);
        await Store.UpsertAsync(Series, Minutes(Jan1 + (2 * Day), 5), CancellationToken.None);
        await Store.UpsertAsync(Series, Minutes(Jan1, 5), CancellationToken.None);

        var last = await Store.LastOpenTimeAsync(Series, CancellationToken.None);

        empty.Value.Should().BeNull();
        last.Value.Should().Be(Jan1 + (2 * Day) + (4 * Minute));
    }

    [Fact]
    public async Task ListSeriesAsync_TwoSeries_ReportsEachWithFirstLastAndCount()
    {
        var perp1h = new BarSeries(Venue.Bybit, MarketType.Perp, new Symbol("ETH", "USDT"), BarInterval.Parse("1h").Value);
        await Store.UpsertAsync(Series, [.. Minutes(Jan1, 10), .. Minutes(Jan1 + (3 * Day), 5)], CancellationToken.None);
        await Store.UpsertAsync(perp1h, [Minutes(Jan1, 1)[0], Minutes(Jan1 + Hour, 1)[0]], CancellationToken.None);
        await WriteRawAsync("bars/binance/spot/not a symbol/1m/dt=2024-01-01/part-0.parquet", Garbage(100));
        await WriteRawAsync("bars/nowhere/spot/BTCUSDT/1m/dt=2024-01-01/part-0.parquet", Garbage(100));

        var list = await Store.ListSeriesAsync(CancellationToken.None);

        list.Value.Should().Equal(
            new BarSeriesInfo(Series, Jan1, Jan1 + (3 * Day) + (4 * Minute), 15),
            new BarSeriesInfo(perp1h, Jan1, Jan1 + Hour, 2));
    }

    [Fact]
    public async Task ListSeriesAsync_NothingStored_IsEmpty() =>
        (await Store.ListSeriesAsync(CancellationToken.None)).Value.Should().BeEmpty();

    [Fact]
    public async Task EveryCall_CancelledToken_ThrowsOperationCanceled()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1, 10), CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => Store.UpsertAsync(Series, Minutes(Jan1 + Day, 1), cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => Store.LoadAsync(Series, Jan1, Jan1 + Day, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => Store.LastOpenTimeAsync(Series, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => Store.PlanGapsAsync(Series, Jan1, Jan1 + Day, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(() => Store.ListSeriesAsync(cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        (await ObjectsAsync()).Keys.Should().Equal(PartOf(Series, Jan1));
    }

    protected static byte[] Garbage(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 37))];
}
