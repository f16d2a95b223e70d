using System.Globalization;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

public abstract partial class BarStoreContract
{
    [Fact]
    public async Task EveryCall_CorruptPartition_ErrorNamesItAndFailedUpsertLeavesIt()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1, 10), CancellationToken.None);
        await Store.UpsertAsync(Series, Minutes(Jan1 + Day, 10), CancellationToken.None);
        var garbage = Garbage(500);
        await WriteRawAsync(PartOf(Series, Jan1 + Day), garbage);

        var loaded = await Store.LoadAsync(Series, Jan1, Jan1 + (2 * Day), CancellationToken.None);
        var last = await Store.LastOpenTimeAsync(Series, CancellationToken.None);
        var gaps = await Store.PlanGapsAsync(Series, Jan1, Jan1 + (2 * Day), CancellationToken.None);
        var list = await Store.ListSeriesAsync(CancellationToken.None);
        var upsert = await Store.UpsertAsync(Series, Minutes(Jan1 + Day, 1), CancellationToken.None);

        foreach (var error in new[] { loaded.Error, last.Error, gaps.Error, list.Error, upsert.Error })
        {
            error.Should().NotBeNull();
            error!.Message.Should().Contain(ErrorNameOf(Series, Jan1 + Day));
            error.Code.Should().Be("BarPartitionUnreadable");
        }

        (await ReadRawAsync(PartOf(Series, Jan1 + Day))).Should().Equal(garbage, "a failed upsert leaves the partition as it was");
    }

    [Fact]
    public async Task LoadAsync_TruncatedPartition_ErrorNamesIt()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1, 100), CancellationToken.None);
        var bytes = await ReadRawAsync(PartOf(Series, Jan1));
        await WriteRawAsync(PartOf(Series, Jan1), bytes[..(bytes.Length / 2)]);

        var loaded = await Store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None);

        loaded.IsSuccess.Should().BeFalse();
        loaded.Error!.Message.Should().Contain(ErrorNameOf(Series, Jan1));
    }

    [Fact]
    public async Task UpsertAsync_FailingPartWay_KeepsEarlierDaysAndLeavesNoHalfWrittenDay()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1 + Day, 10), CancellationToken.None);
        var garbage = Garbage(300);
        await WriteRawAsync(PartOf(Series, Jan1 + Day), garbage);

        var upsert = await Store.UpsertAsync(Series, [.. Minutes(Jan1, 5), .. Minutes(Jan1 + Day, 5), .. Minutes(Jan1 + (2 * Day), 5)], CancellationToken.None);

        upsert.Error!.Message.Should().Contain(ErrorNameOf(Series, Jan1 + Day));
        (await Store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None)).Value.Should().Equal(Minutes(Jan1, 5));
        (await ReadRawAsync(PartOf(Series, Jan1 + Day))).Should().Equal(garbage);
        (await ObjectsAsync()).Keys.Should().BeEquivalentTo(PartOf(Series, Jan1), PartOf(Series, Jan1 + Day));
    }

    [Theory]
    [InlineData("0.0000000000000000001")]
    [InlineData("100000000000000000000")]
    public async Task UpsertAsync_VolumeNotStorableExactly_ErrorAndNothingWritten(string volume)
    {
        var bar = Minutes(Jan1, 1)[0] with { Volume = decimal.Parse(volume, CultureInfo.InvariantCulture) };

        var upsert = await Store.UpsertAsync(Series, [Minutes(Jan1 + Day, 1)[0], bar], CancellationToken.None);

        upsert.IsSuccess.Should().BeFalse();
        upsert.Error!.Code.Should().Be("BadBar");
        (await ObjectsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task UpsertAsync_InconsistentBar_ErrorAndNothingWritten()
    {
        var good = Minutes(Jan1, 2);
        var bad = good[1] with { High = good[1].Low - 1m };

        var upsert = await Store.UpsertAsync(Series, [good[0], bad], CancellationToken.None);

        upsert.IsSuccess.Should().BeFalse();
        upsert.Error!.Message.Should().Contain("high");
        (await ObjectsAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData(-60_000L)]
    [InlineData(253_402_300_800_000L)]
    public async Task UpsertAsync_OpenTimeOutsideCalendar_ErrorAndNothingWritten(long openTimeMs)
    {
        var bar = Minutes(Jan1, 1)[0] with { OpenTimeMs = openTimeMs };

        var upsert = await Store.UpsertAsync(Series, [bar], CancellationToken.None);

        upsert.IsSuccess.Should().BeFalse();
        upsert.Error!.Message.Should().Contain("open time outside");
        (await ObjectsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task UpsertAsync_Rewrite_LeavesOnlyThePart()
    {
        await Store.UpsertAsync(Series, Minutes(Jan1, 10), CancellationToken.None);
        var before = await ObjectsAsync();

        await Store.UpsertAsync(Series, Minutes(Jan1 + (5 * Minute), 10, basePrice: 50_000m), CancellationToken.None);

        var after = await ObjectsAsync();
        after.Keys.Should().Equal(PartOf(Series, Jan1));
        after[PartOf(Series, Jan1)].Should().NotBe(before[PartOf(Series, Jan1)]);
    }
}
