using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GridBot.Core.Ports;
using GridBot.Storage.Azure;
using GridBot.Storage.Tests.Contracts;
using GridBot.Storage.Tests.Sqlite;

namespace GridBot.Storage.Tests.Azure;

/// <summary>Missing tables or containers and refused credentials are reported once, naming the resource, and leave nothing behind.</summary>
[Collection(AzuriteCollection.Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the backend through IAsyncLifetime.DisposeAsync")]
public sealed class AzureStorageFailureTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private IStoreBackend? _created;

    private AzureBackend _backend => (AzureBackend?)_created ?? throw new InvalidOperationException("not initialized");

    public Task InitializeAsync()
    {
        _created = new AzureBackend(azurite);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _backend.DisposeAsync().AsTask();

    [Fact]
    public async Task OpenAsync_MissingTableWithoutCreate_FailsNamingTheTableAndCreatesNothing()
    {
        var settings = _backend.Settings with { CreateIfMissing = false };

        var open = () => AzureStorage.OpenAsync(settings, CancellationToken.None);

        (await open.Should().ThrowAsync<StorageUnavailableException>())
            .Which.Message.Should().Contain($"table '{settings.FillsTable}'").And.Contain("does not exist").And.Contain("404");
        var tables = new TableServiceClient(azurite.ConnectionString);
        await foreach (var table in tables.QueryAsync(t => t.Name == settings.FillsTable))
        {
            throw new InvalidOperationException($"table {table.Name} was created");
        }
    }

    [Fact]
    public async Task OpenAsync_MissingContainerWithoutCreate_FailsNamingTheContainer()
    {
        var settings = _backend.Settings;
        await AzureStorage.OpenAsync(settings, CancellationToken.None);
        await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(settings.ReportsContainer).DeleteAsync();

        var open = () => AzureStorage.OpenAsync(settings with { CreateIfMissing = false }, CancellationToken.None);

        (await open.Should().ThrowAsync<StorageUnavailableException>())
            .Which.Message.Should().Contain($"container '{settings.ReportsContainer}'").And.Contain("does not exist");
    }

    [Fact]
    public async Task Stores_ContainerDeletedWhileRunning_SaveIsAnErrorAndReadsThrowNamingTheBlob()
    {
        var settings = _backend.Settings;
        var storage = await AzureStorage.OpenAsync(settings, CancellationToken.None);
        await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(settings.StateContainer).DeleteAsync();

        var saved = await storage.States.SaveAsync("bot-1", "{}", null, CancellationToken.None);
        var list = () => storage.States.ListAsync(CancellationToken.None);

        saved.IsSuccess.Should().BeFalse();
        saved.Error!.Code.Should().Be("StorageUnavailable");
        saved.Error.Message.Should().Contain($"{settings.StateContainer}/bot-1.json").And.Contain("404");
        (await list.Should().ThrowAsync<StorageUnavailableException>()).Which.Message.Should().Contain(settings.StateContainer);
    }

    [Fact]
    public async Task OpenAsync_WrongAccountKey_403NamingTheResource()
    {
        var settings = _backend.Settings with { ConnectionString = azurite.Server.ConnectionStringWith(Convert.ToBase64String(new byte[64])) };

        var open = () => AzureStorage.OpenAsync(settings, CancellationToken.None);

        (await open.Should().ThrowAsync<StorageUnavailableException>())
            .Which.Message.Should().Contain(settings.FillsTable).And.Contain("access was refused").And.Contain("403");
    }

    [Fact]
    public async Task Stores_KeyRevokedWhileRunning_LedgerAndRegistryThrow403AndNothingIsRecorded()
    {
        var good = await AzureStorage.OpenAsync(_backend.Settings, CancellationToken.None);
        var badSettings = _backend.Settings with { ConnectionString = azurite.Server.ConnectionStringWith(Convert.ToBase64String(new byte[64])) };
        var (blobs, tables) = AzureStorage.Clients(badSettings);
        var ledger = new TableFillLedger(tables.GetTableClient(badSettings.FillsTable));
        var registry = new TableBotRegistry(tables.GetTableClient(badSettings.BotsTable));
        var artifacts = new BlobArtifactStore(blobs.GetBlobContainerClient(badSettings.ReportsContainer));

        var append = () => ledger.AppendAsync("bot-1", SqliteFills.Make("t1"), CancellationToken.None);
        var upsert = () => registry.UpsertAsync(new BotInfo("bot-1", Core.Market.Venue.Binance, Core.Market.MarketType.Spot, "BTCUSDT", "Created", 1, 1), CancellationToken.None);
        var put = () => artifacts.PutAsync("daily/r.html", new byte[] { 1 }, "text/html", CancellationToken.None);

        (await append.Should().ThrowAsync<StorageUnavailableException>()).Which.Message.Should().Contain("403").And.Contain("trade 't1'");
        (await upsert.Should().ThrowAsync<StorageUnavailableException>()).Which.Message.Should().Contain("403").And.Contain("bot-1");
        (await put.Should().ThrowAsync<StorageUnavailableException>()).Which.Message.Should().Contain("403").And.Contain("daily/r.html");
        (await good.Fills.CountAsync("bot-1", CancellationToken.None)).Should().Be(0);
        (await good.Registry.ListAsync(CancellationToken.None)).Should().BeEmpty();
        (await good.Artifacts.ListAsync(string.Empty, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public void Clients_NeitherConnectionStringNorUris_ThrowsSayingWhatIsNeeded()
    {
        var clients = () => AzureStorage.Clients(new AzureStorageSettings());

        clients.Should().Throw<ArgumentException>().WithMessage("*connection string or both the Blob and the Table service URIs*");
    }
}
