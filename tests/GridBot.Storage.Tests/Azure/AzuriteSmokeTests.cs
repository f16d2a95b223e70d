using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace GridBot.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzuriteSmokeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Blob_and_table_clients_with_their_default_service_versions_talk_to_the_projects_azurite()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "smoke");
        await container.CreateIfNotExistsAsync();
        await container.UploadBlobAsync("a.txt", BinaryData.FromString("hello"));
        (await container.GetBlobClient("a.txt").DownloadContentAsync()).Value.Content.ToString().Should().Be("hello");

        var table = new TableClient(azurite.ConnectionString, "smoke");
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["V"] = 1 });
        (await table.GetEntityAsync<TableEntity>("p", "r")).Value.GetInt32("V").Should().Be(1);
    }
}
