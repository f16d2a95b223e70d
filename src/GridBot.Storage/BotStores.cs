using GridBot.Core.Common;
using GridBot.Core.Ports;
using GridBot.Storage.Artifacts;
using GridBot.Storage.Azure;
using GridBot.Storage.Parquet;
using GridBot.Storage.Sqlite;

namespace GridBot.Storage;

/// <summary>
/// The stores a bot runtime needs, from one backend: the embedded default (a SQLite file and a local reports folder)
/// or an Azure storage account (tables and blob containers). Dispose once, after use.
/// </summary>
public sealed class BotStores : IDisposable
{
    private readonly IDisposable? _owned;
    private readonly Func<CancellationToken, Task>? _ensure;

    private BotStores(
        IBotStateStore states, IFillLedger fills, IBotRegistry registry, IArtifactStore artifacts, IBarStore bars, ISettingsStore settings, string description,
        IDisposable? owned, Func<CancellationToken, Task>? ensure = null)
    {
        Settings = settings;
        Bars = bars;
        _ensure = ensure;
        States = states;
        Fills = fills;
        Registry = registry;
        Artifacts = artifacts;
        Description = description;
        _owned = owned;
    }

    public IBotStateStore States { get; }

    public IFillLedger Fills { get; }

    public IBotRegistry Registry { get; }

    public IArtifactStore Artifacts { get; }

    /// <summary>Daily Parquet bars: a local root (<c>data/</c> by default) or the Blob container <c>market-data</c>.</summary>
    public IBarStore Bars { get; }

    /// <summary>The operator's switches (rollout stage, exchange profile, …), kept across restarts.</summary>
    public ISettingsStore Settings { get; }

    /// <summary>Where the data is, for messages: the SQLite file's full path, or the Azure account's Blob endpoint.</summary>
    public string Description { get; }

    /// <summary>Takes ownership of <paramref name="sqlite"/>; reports go to <paramref name="reportsFolder"/>, bars under <paramref name="barsRoot"/>.</summary>
    public static BotStores FromSqlite(SqliteStorage sqlite, string reportsFolder, string barsRoot = "data")
    {
        Guard.NotNull(sqlite);
        return new BotStores(sqlite.States, sqlite.Fills, sqlite.Registry, new LocalArtifactStore(reportsFolder), new LocalParquetBarStore(barsRoot),
            sqlite.Settings, sqlite.Database.FullPath, sqlite);
    }

    public static BotStores FromAzure(AzureStorage azure)
    {
        Guard.NotNull(azure);
        return new BotStores(azure.States, azure.Fills, azure.Registry, azure.Artifacts, azure.Bars, azure.OperatorSettings, azure.Description, null, azure.EnsureAsync);
    }

    /// <summary>Checks (Azure: or creates) every table and container; throws <see cref="StorageUnavailableException"/> naming one that fails.</summary>
    public Task EnsureAsync(CancellationToken ct) => _ensure?.Invoke(ct) ?? Task.CompletedTask;

    public void Dispose() => _owned?.Dispose();
}
