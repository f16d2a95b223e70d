using GridBot.Core.Ports;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>What only the local store adds to the contract (<see cref="LocalParquetBarStoreContractTests"/>): its paths.</summary>
public sealed class LocalParquetBarStoreTests : IDisposable
{
    private static readonly BarSeries Series = TempBarStore.BtcSpot1m;
    private readonly TempBarStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task PartitionPath_AfterUpsert_IsTheWrittenFileUnderTheRoot()
    {
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1, 3), CancellationToken.None);

        var expected = Path.Combine(_temp.Root, "bars", "binance", "spot", "BTCUSDT", "1m", "dt=2024-01-01", "part-0.parquet");
        _temp.Store.PartitionPath(Series, Jan1 + 5).Should().Be(expected);
        _temp.Store.BarsFolder.Should().Be(Path.Combine(_temp.Root, "bars"));
        _temp.Files().Keys.Should().Equal(expected);
    }

    [Fact]
    public async Task ListSeriesAsync_SeriesFolderWithoutParts_IsLeftOut()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Root, "bars", "binance", "spot", "BTCUSDT", "1m", "dt=2024-01-01"));

        var list = await _temp.Store.ListSeriesAsync(CancellationToken.None);

        list.Value.Should().BeEmpty();
    }
}
