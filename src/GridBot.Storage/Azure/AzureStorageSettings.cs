namespace GridBot.Storage.Azure;

/// <summary>
/// How to reach the Azure storage account: a connection string (Azurite, or an account key), or the Blob and Table
/// service URIs with a token credential (managed identity in Azure). The names default to those DESIGN section 7 gives.
/// </summary>
public sealed record AzureStorageSettings
{
    public string? ConnectionString { get; init; }

    /// <summary>e.g. <c>https://myaccount.blob.core.windows.net</c>; used with a credential when there is no connection string.</summary>
    public Uri? BlobServiceUri { get; init; }

    /// <summary>e.g. <c>https://myaccount.table.core.windows.net</c>.</summary>
    public Uri? TableServiceUri { get; init; }

    /// <summary>Create missing tables and containers when opening (needs a data-contributor role); false: report them.</summary>
    public bool CreateIfMissing { get; init; } = true;

    public string FillsTable { get; init; } = "fills";

    public string BotsTable { get; init; } = "bots";

    public string StateContainer { get; init; } = "bot-state";

    public string ReportsContainer { get; init; } = "reports";

    /// <summary>The operator's switches, one <c>{name}.json</c> blob each (kept apart from bot state, which lists its container).</summary>
    public string SettingsContainer { get; init; } = "settings";

    /// <summary>The container holding <c>bars/…</c> blobs, laid out as a local Parquet root is.</summary>
    public string BarsContainer { get; init; } = "market-data";
}
