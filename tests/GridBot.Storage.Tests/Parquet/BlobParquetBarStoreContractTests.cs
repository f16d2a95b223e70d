using Azure.Storage.Blobs;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>The bar store contract on a fresh container per test on the project's Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobParquetBarStoreContractTests(AzuriteFixture azurite) : BarStoreContract
{
    private readonly BlobContainerClient _container = new(azurite.ConnectionString, "bars-" + Guid.NewGuid().ToString("N"));

    public override async Task DisposeAsync() => await _container.DeleteIfExistsAsync();

    protected override async Task<IBarStore> CreateStoreAsync()
    {
        await _container.CreateAsync();
        return new BlobParquetBarStore(_container);
    }

    protected override string ErrorNameOf(BarSeries series, long openTimeMs) =>
        $"{_container.Uri}/{BlobParquetBarStore.PartitionBlobName(series, openTimeMs)}";

    protected override async Task<Dictionary<string, string>> ObjectsAsync()
    {
        var objects = new Dictionary<string, string>();
        await foreach (var blob in _container.GetBlobsAsync())
        {
            objects[blob.Name] = blob.Properties.ETag.ToString()!;
        }

        return objects;
    }

    protected override async Task WriteRawAsync(string name, byte[] bytes) =>
        await _container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);

    protected override async Task<byte[]> ReadRawAsync(string name) =>
        (await _container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray();
}
