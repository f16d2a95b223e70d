using GridBot.Storage;
using GridBot.Storage.Azure;
using GridBot.Storage.Sqlite;

namespace GridBot.Runtime.Hosting;

/// <summary>Where bot state, the fill ledger, the registry and reports live (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c>: one local file (the embedded default); <c>Azure</c>: a storage account.</summary>
    public StorageKind Kind { get; set; } = StorageKind.Sqlite;

    /// <summary>The SQLite file, relative to the working directory unless absolute.</summary>
    public string SqlitePath { get; set; } = "gridbot.db";

    /// <summary>With SQLite: the folder reports are written to.</summary>
    public string ReportsPath { get; set; } = "reports";

    /// <summary>With SQLite: the Parquet root daily bars are kept under (<c>{root}/bars/…</c>).</summary>
    public string BarsPath { get; set; } = "data";

    /// <summary>With Azure: a connection string (Azurite, or an account key). Takes precedence over the URIs.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>With Azure and no connection string: the Blob endpoint, reached with <c>DefaultAzureCredential</c> (managed identity).</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>With Azure and no connection string: the Table endpoint.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>With Azure: create missing tables and containers at start (false: report them and stop).</summary>
    public bool CreateIfMissing { get; set; } = true;

    public IEnumerable<string> Problems()
    {
        if (!Enum.IsDefined(Kind))
        {
            yield return $"{SectionName}:Kind '{Kind}' is not one of {string.Join(", ", Enum.GetNames<StorageKind>())}";
        }

        if (Kind == StorageKind.Sqlite && string.IsNullOrWhiteSpace(SqlitePath))
        {
            yield return $"{SectionName}:SqlitePath must name a file when {SectionName}:Kind is Sqlite";
        }

        if (Kind != StorageKind.Azure)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            if (BlobServiceUri is null || TableServiceUri is null)
            {
                yield return $"{SectionName}:Kind is Azure: set {SectionName}:ConnectionString, or both {SectionName}:BlobServiceUri and {SectionName}:TableServiceUri (with a managed identity)";
            }

            foreach (var (name, uri) in new[] { (nameof(BlobServiceUri), BlobServiceUri), (nameof(TableServiceUri), TableServiceUri) })
            {
                if (uri is { IsAbsoluteUri: false } || uri is { IsAbsoluteUri: true, Scheme: not ("https" or "http") })
                {
                    yield return $"{SectionName}:{name} '{uri}' must be an absolute http(s) URI";
                }
            }
        }
        else if (ConnectionStringProblem(ConnectionString) is { } problem)
        {
            yield return $"{SectionName}:ConnectionString is not a storage connection string: {problem}";
        }
    }

    public AzureStorageSettings ToAzureSettings() => new()
    {
        ConnectionString = string.IsNullOrWhiteSpace(ConnectionString) ? null : ConnectionString,
        BlobServiceUri = BlobServiceUri,
        TableServiceUri = TableServiceUri,
        CreateIfMissing = CreateIfMissing,
    };

    /// <summary>Opens the stores this section names (Azure: checks every table and container, naming any that fails).</summary>
    public async Task<BotStores> OpenAsync(TimeProvider time, CancellationToken ct) => Kind switch
    {
        StorageKind.Azure => BotStores.FromAzure(await AzureStorage.OpenAsync(ToAzureSettings(), ct).ConfigureAwait(false)),
        _ => BotStores.FromSqlite(await SqliteStorage.OpenAsync(new SqliteOptions { Path = SqlitePath }, time, ct).ConfigureAwait(false), ReportsPath, BarsPath),
    };

    /// <summary>
    /// The stores for a server host, without a request to Azure yet (<see cref="StorageStartup"/> checks them when the
    /// host starts), so a storage outage is a 503 per request instead of a host that cannot start.
    /// </summary>
    public BotStores Connect(TimeProvider time) => Kind switch
    {
        StorageKind.Azure => BotStores.FromAzure(AzureStorage.Connect(ToAzureSettings())),

        // Microsoft.Data.Sqlite completes its "async" calls synchronously: this blocks no I/O thread beyond the open.
        _ => OpenAsync(time, CancellationToken.None).GetAwaiter().GetResult(),
    };

    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            _ = AzureStorage.Clients(new AzureStorageSettings { ConnectionString = connectionString });
            return null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}
