using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using GridBot.Core.Errors;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;
using static GridBot.Storage.Tests.Parquet.TestBars;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>What only the Blob store adds to the contract (<see cref="BlobParquetBarStoreContractTests"/>): the container and the service's refusals.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobParquetBarStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly BarSeries Series = TempBarStore.BtcSpot1m;
    private readonly BlobContainerClient _container = new(azurite.ConnectionString, "bars-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _container.DeleteIfExistsAsync();

    [Fact]
    public async Task EveryCall_MissingContainer_ErrorNamesItAndNothingIsCreated()
    {
        var store = new BlobParquetBarStore(_container);

        var errors = new[]
        {
            (await store.UpsertAsync(Series, Minutes(Jan1, 3), CancellationToken.None)).Error,
            (await store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None)).Error,
            (await store.LastOpenTimeAsync(Series, CancellationToken.None)).Error,
            (await store.PlanGapsAsync(Series, Jan1, Jan1 + Day, CancellationToken.None)).Error,
            (await store.ListSeriesAsync(CancellationToken.None)).Error,
        };

        errors.Should().AllSatisfy(e => e.Should().Be(new Error(
            ErrorKind.Other, "BarContainerMissing", $"container '{_container.Name}' does not exist at {_container.Uri}")));
        (await _container.ExistsAsync()).Value.Should().BeFalse();
    }

    [Fact]
    public async Task UpsertAsync_MissingContainerWithCreateIfMissing_CreatesItButReadsDoNot()
    {
        var store = BlobParquetBarStore.FromConnectionString(azurite.ConnectionString, _container.Name, createContainerIfMissing: true);

        var before = await store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None);
        var existedAfterRead = (await _container.ExistsAsync()).Value;
        var upsert = await store.UpsertAsync(Series, Minutes(Jan1, 3), CancellationToken.None);
        var after = await store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None);

        before.Error!.Code.Should().Be("BarContainerMissing");
        existedAfterRead.Should().BeFalse();
        upsert.Value.Should().Be(new BarUpsertSummary(1, 3, 0));
        after.Value.Should().Equal(Minutes(Jan1, 3));
    }

    [Fact]
    public async Task EveryCall_WrongKey_AuthErrorNamingTheContainerOrBlobAndNothingWritten()
    {
        await _container.CreateAsync();
        await new BlobParquetBarStore(_container).UpsertAsync(Series, Minutes(Jan1, 3), CancellationToken.None);
        var before = (await _container.GetBlobClient(BlobParquetBarStore.PartitionBlobName(Series, Jan1)).GetPropertiesAsync()).Value.ETag;
        var store = BlobParquetBarStore.FromConnectionString(azurite.Server.ConnectionStringWith(Convert.ToBase64String(new byte[64])), _container.Name);

        var errors = new[]
        {
            (await store.UpsertAsync(Series, Minutes(Jan1, 5), CancellationToken.None)).Error,
            (await store.LoadAsync(Series, Jan1, Jan1 + Day, CancellationToken.None)).Error,
            (await store.LastOpenTimeAsync(Series, CancellationToken.None)).Error,
            (await store.ListSeriesAsync(CancellationToken.None)).Error,
        };

        errors.Should().AllSatisfy(e =>
        {
            e!.Code.Should().Be("BarStoreAccessRefused");
            e.Kind.Should().Be(ErrorKind.Auth);
            e.Message.Should().Contain($"{_container.Uri}/bars/").And.Contain("access was refused (status 403");
        });
        (await _container.GetBlobClient(BlobParquetBarStore.PartitionBlobName(Series, Jan1)).GetPropertiesAsync()).Value.ETag.Should().Be(before);
    }

    [Fact]
    public async Task UpsertAsync_WriteRefusedPartWay_KeepsEarlierDaysAndTheRefusedDayWhole()
    {
        await _container.CreateAsync();
        var store = new BlobParquetBarStore(_container);
        await store.UpsertAsync(Series, Minutes(Jan1 + Day, 10), CancellationToken.None);
        var day2 = BlobParquetBarStore.PartitionBlobName(Series, Jan1 + Day);
        var lease = _container.GetBlobClient(day2).GetBlobLeaseClient();
        await lease.AcquireAsync(TimeSpan.FromSeconds(60));
        try
        {
            var upsert = await store.UpsertAsync(
                Series, [.. Minutes(Jan1, 5), .. Minutes(Jan1 + Day + Hour, 5), .. Minutes(Jan1 + (2 * Day), 5)], CancellationToken.None);

            upsert.Error!.Code.Should().Be("BarPartitionUnwritable");
            upsert.Error.Message.Should().Contain($"{_container.Name}/{day2}").And.Contain("status 412");
            (await store.LoadAsync(Series, Jan1, Jan1 + (3 * Day), CancellationToken.None)).Value.Should().Equal([.. Minutes(Jan1, 5), .. Minutes(Jan1 + Day, 10)]);
            (await _container.GetBlobClient(BlobParquetBarStore.PartitionBlobName(Series, Jan1 + (2 * Day))).ExistsAsync()).Value.Should().BeFalse();
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    [Fact]
    public async Task UpsertAsync_CorruptBlob_ErrorNamesContainerAndBlob()
    {
        await _container.CreateAsync();
        var name = BlobParquetBarStore.PartitionBlobName(Series, Jan1);
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromString("not parquet at all"));
        var store = new BlobParquetBarStore(_container);

        var upsert = await store.UpsertAsync(Series, Minutes(Jan1, 3), CancellationToken.None);

        upsert.Error!.Code.Should().Be("BarPartitionUnreadable");
        upsert.Error.Message.Should().StartWith($"{_container.Uri}/{name}: cannot read the bar partition");
        (await _container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString().Should().Be("not parquet at all");
    }
}
