using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

public sealed class LocalParquetBarStoreFailureTests : IDisposable
{
    private static readonly BarSeries Series = TempBarStore.BtcSpot1m;
    private readonly TempBarStore _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task LoadAsync_CorruptPartition_ErrorNamesTheFile()
    {
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1, 10), CancellationToken.None);
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1 + Day, 10), CancellationToken.None);
        var path = _temp.Store.PartitionPath(Series, Jan1 + Day);
        await File.WriteAllBytesAsync(path, [.. Enumerable.Range(0, 500).Select(i => (byte)(i * 37))]);

        var loaded = await _temp.Store.LoadAsync(Series, Jan1, Jan1 + (2 * Day), CancellationToken.None);
        var last = await _temp.Store.LastOpenTimeAsync(Series, CancellationToken.None);
        var list = await _temp.Store.ListSeriesAsync(CancellationToken.None);
        var upsert = await _temp.Store.UpsertAsync(Series, Minutes(Jan1 + Day, 1), CancellationToken.None);

        foreach (var error in new[] { loaded.Error, last.Error, list.Error, upsert.Error })
        {
            error.Should().NotBeNull();
            error!.Message.Should().Contain(path);
            error.Code.Should().Be("BarPartitionUnreadable");
        }

        (await File.ReadAllBytesAsync(path)).Should().HaveCount(500, "a failed upsert leaves the partition as it was");
    }

    [Fact]
    public async Task LoadAsync_TruncatedPartition_ErrorNamesTheFile()
    {
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1, 100), CancellationToken.None);
        var path = _temp.Store.PartitionPath(Series, Jan1);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);

        var loaded = await _temp.Store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None);

        loaded.IsSuccess.Should().BeFalse();
        loaded.Error!.Message.Should().Contain(path);
    }

    [Theory]
    [InlineData("0.0000000000000000001")]
    [InlineData("100000000000000000000")]
    public async Task UpsertAsync_VolumeNotStorableExactly_ErrorAndNothingWritten(string volume)
    {
        var bar = Minutes(Jan1, 1)[0] with { Volume = decimal.Parse(volume, System.Globalization.CultureInfo.InvariantCulture) };

        var upsert = await _temp.Store.UpsertAsync(Series, [bar], CancellationToken.None);

        upsert.IsSuccess.Should().BeFalse();
        upsert.Error!.Code.Should().Be("BadBar");
        _temp.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task UpsertAsync_InconsistentBar_ErrorAndNothingWritten()
    {
        var good = Minutes(Jan1, 2);
        var bad = good[1] with { High = good[1].Low - 1m };

        var upsert = await _temp.Store.UpsertAsync(Series, [good[0], bad], CancellationToken.None);

        upsert.IsSuccess.Should().BeFalse();
        upsert.Error!.Message.Should().Contain("high");
        _temp.Files().Should().BeEmpty();
    }

    [Theory]
    [InlineData(-60_000L)]
    [InlineData(253_402_300_800_000L)]
    public async Task UpsertAsync_OpenTimeOutsideCalendar_ErrorAndNothingWritten(long openTimeMs)
    {
        var bar = Minutes(Jan1, 1)[0] with { OpenTimeMs = openTimeMs };

        var upsert = await _temp.Store.UpsertAsync(Series, [bar], CancellationToken.None);

        upsert.IsSuccess.Should().BeFalse();
        upsert.Error!.Message.Should().Contain("open time outside");
        _temp.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task UpsertAsync_Rewrite_LeavesNoTempFiles()
    {
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1, 10), CancellationToken.None);
        await _temp.Store.UpsertAsync(Series, Minutes(Jan1 + (5 * Minute), 10, basePrice: 50_000m), CancellationToken.None);

        _temp.Files().Keys.Select(Path.GetFileName).Should().Equal("part-0.parquet");
    }
}
