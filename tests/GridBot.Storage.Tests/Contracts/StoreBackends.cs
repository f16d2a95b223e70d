using Azure.Data.Tables;
using Azure.Storage.Blobs;
using GridBot.Core.Ports;
using GridBot.Storage.Artifacts;
using GridBot.Storage.Azure;
using GridBot.Storage.Sqlite;
using GridBot.Storage.Tests.Sqlite;

namespace GridBot.Storage.Tests.Contracts;

/// <summary>The stores as one implementation provides them.</summary>
public sealed record StoreSet(IBotStateStore States, IFillLedger Fills, IBotRegistry Registry, IArtifactStore Artifacts, ISettingsStore Settings);

/// <summary>
/// One implementation's storage for a contract test: <see cref="OpenAsync"/> gives fresh store objects over the same
/// underlying data each time (what a restarted process sees); disposing removes the data.
/// </summary>
public interface IStoreBackend : IAsyncDisposable
{
    /// <summary>How many concurrent appends the race tests make: Azurite round trips cost more than SQLite's.</summary>
    int RaceScale { get; }

    Task<StoreSet> OpenAsync();
}

/// <summary>The embedded default: a SQLite file and a local reports folder.</summary>
internal sealed class SqliteBackend : IStoreBackend
{
    private readonly TempSqlite _temp = new();

    public int RaceScale => 4;

    public async Task<StoreSet> OpenAsync()
    {
        var storage = await _temp.OpenAsync();
        return new StoreSet(storage.States, storage.Fills, storage.Registry, new LocalArtifactStore(Path.Combine(_temp.Folder, "reports")), storage.Settings);
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Azure tables and containers on the project's Azurite, with names unique to this backend.</summary>
internal sealed class AzureBackend(AzuriteFixture azurite) : IStoreBackend
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];

    public int RaceScale => 1;

    public AzureStorageSettings Settings => new()
    {
        ConnectionString = azurite.ConnectionString,
        FillsTable = "fills" + _suffix,
        BotsTable = "bots" + _suffix,
        StateContainer = "state-" + _suffix,
        ReportsContainer = "reports-" + _suffix,
        BarsContainer = "bars-" + _suffix,
        SettingsContainer = "settings-" + _suffix,
    };

    public async Task<StoreSet> OpenAsync()
    {
        var storage = await AzureStorage.OpenAsync(Settings, CancellationToken.None);
        return new StoreSet(storage.States, storage.Fills, storage.Registry, storage.Artifacts, storage.OperatorSettings);
    }

    public async ValueTask DisposeAsync()
    {
        var settings = Settings;
        var tables = new TableServiceClient(settings.ConnectionString);
        await tables.DeleteTableAsync(settings.FillsTable);
        await tables.DeleteTableAsync(settings.BotsTable);
        var blobs = new BlobServiceClient(settings.ConnectionString);
        foreach (var container in new[] { settings.StateContainer, settings.ReportsContainer, settings.BarsContainer, settings.SettingsContainer })
        {
            await blobs.GetBlobContainerClient(container).DeleteIfExistsAsync();
        }
    }
}

/// <summary>A contract suite's plumbing: a backend per test, opened once as <see cref="Stores"/>.</summary>
public abstract class StoreContract : IAsyncLifetime
{
    private IStoreBackend? _backend;

    protected IStoreBackend Backend => _backend ?? throw new InvalidOperationException("not initialized");

    protected StoreSet Stores { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _backend = CreateBackend();
        Stores = await _backend.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    private protected abstract IStoreBackend CreateBackend();
}
