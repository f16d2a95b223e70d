namespace GridBot.Runtime.Hosting;

public enum StorageKind
{
    /// <summary>One local SQLite file and a local reports folder: the embedded default.</summary>
    Sqlite,

    /// <summary>An Azure storage account: tables <c>fills</c> and <c>bots</c>, containers for bot state and reports.</summary>
    Azure,
}
