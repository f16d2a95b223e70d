using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using GridBot.Core.Common;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;

namespace GridBot.Storage.Azure;

/// <summary>
/// The stores on an Azure storage account: fill ledger and registry in tables, bot state and reports in blob
/// containers. <see cref="OpenAsync"/> checks that every table and container is there (creating them when
/// <see cref="AzureStorageSettings.CreateIfMissing"/>), so a wrong key, a missing role or a missing container is
/// reported once, at start, naming it. A server host uses <see cref="Connect"/> (no request) and runs
/// <see cref="EnsureAsync"/> when it starts, so a storage outage then is a 503 per request, not a host that cannot start.
/// </summary>
public sealed class AzureStorage
{
    private AzureStorage(BlobServiceClient blobs, TableServiceClient tables, AzureStorageSettings settings)
    {
        Blobs = blobs;
        Tables = tables;
        Settings = settings;
        Fills = new TableFillLedger(tables.GetTableClient(settings.FillsTable));
        Registry = new TableBotRegistry(tables.GetTableClient(settings.BotsTable));
        States = new BlobBotStateStore(blobs.GetBlobContainerClient(settings.StateContainer));
        Artifacts = new BlobArtifactStore(blobs.GetBlobContainerClient(settings.ReportsContainer));
        OperatorSettings = new DocumentSettingsStore(new BlobBotStateStore(blobs.GetBlobContainerClient(settings.SettingsContainer)));
        Bars = new BlobParquetBarStore(blobs.GetBlobContainerClient(settings.BarsContainer), settings.CreateIfMissing);
    }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public AzureStorageSettings Settings { get; }

    public TableFillLedger Fills { get; }

    public TableBotRegistry Registry { get; }

    public BlobBotStateStore States { get; }

    public BlobArtifactStore Artifacts { get; }

    /// <summary>The operator's switches in <see cref="AzureStorageSettings.SettingsContainer"/>.</summary>
    public ISettingsStore OperatorSettings { get; }

    /// <summary>Parquet bars under <c>bars/…</c> in <see cref="AzureStorageSettings.BarsContainer"/>, laid out as a local root is.</summary>
    public BlobParquetBarStore Bars { get; }

    /// <summary>The account, for messages: the Blob endpoint (no key, no SAS).</summary>
    public string Description => $"Azure storage at {Blobs.Uri.GetLeftPart(UriPartial.Path)}";

    /// <summary>The clients named by <paramref name="settings"/> (a connection string, else the URIs with <paramref name="credential"/> or <see cref="DefaultAzureCredential"/>).</summary>
    public static (BlobServiceClient Blobs, TableServiceClient Tables) Clients(AzureStorageSettings settings, TokenCredential? credential = null)
    {
        Guard.NotNull(settings);
        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            return (new BlobServiceClient(settings.ConnectionString), new TableServiceClient(settings.ConnectionString));
        }

        Guard.That(settings.BlobServiceUri is not null && settings.TableServiceUri is not null,
            "Azure storage needs a connection string or both the Blob and the Table service URIs");
        credential ??= new DefaultAzureCredential();
        return (new BlobServiceClient(settings.BlobServiceUri, credential), new TableServiceClient(settings.TableServiceUri, credential));
    }

    public static async Task<AzureStorage> OpenAsync(AzureStorageSettings settings, CancellationToken ct, TokenCredential? credential = null)
    {
        var storage = Connect(settings, credential);
        await storage.EnsureAsync(ct).ConfigureAwait(false);
        return storage;
    }

    /// <summary>The stores, without a request yet.</summary>
    public static AzureStorage Connect(AzureStorageSettings settings, TokenCredential? credential = null)
    {
        var (blobs, tables) = Clients(settings, credential);
        return new AzureStorage(blobs, tables, settings);
    }

    /// <summary>Checks (or creates) every table and container; throws <see cref="StorageUnavailableException"/> naming the first that fails.</summary>
    public async Task EnsureAsync(CancellationToken ct)
    {
        foreach (var table in new[] { Settings.FillsTable, Settings.BotsTable })
        {
            await EnsureTableAsync(Tables, table, Settings.CreateIfMissing, ct).ConfigureAwait(false);
        }

        foreach (var container in new[] { Settings.StateContainer, Settings.ReportsContainer, Settings.BarsContainer, Settings.SettingsContainer })
        {
            await EnsureContainerAsync(Blobs.GetBlobContainerClient(container), Settings.CreateIfMissing, ct).ConfigureAwait(false);
        }
    }

    private static async Task EnsureTableAsync(TableServiceClient tables, string name, bool create, CancellationToken ct)
    {
        var client = tables.GetTableClient(name);
        try
        {
            if (create)
            {
                await client.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
            }
            else
            {
                // A one-row query: 404 TableNotFound when the table is missing, 403 when access is refused.
                await foreach (var _ in client.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: ct).AsPages(pageSizeHint: 1).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"table '{name}' at {tables.Uri.GetLeftPart(UriPartial.Path)}", e);
        }
    }

    private static async Task EnsureContainerAsync(BlobContainerClient container, bool create, CancellationToken ct)
    {
        try
        {
            if (create)
            {
                await container.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false);
            }
            else if (!await container.ExistsAsync(ct).ConfigureAwait(false))
            {
                throw new StorageUnavailableException($"container '{container.Name}' at {container.Uri}: it does not exist (create it, or set Storage:CreateIfMissing)");
            }
        }
        catch (RequestFailedException e)
        {
            throw AzureFailures.Unavailable($"container '{container.Name}' at {container.Uri}", e);
        }
    }
}
