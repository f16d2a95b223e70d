namespace GridBot.Runtime.Hosting;

/// <summary>Where bot state, the fill ledger and the registry live (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c>: one local file (the embedded default).</summary>
    public StorageKind Kind { get; set; } = StorageKind.Sqlite;

    /// <summary>The SQLite file, relative to the working directory unless absolute.</summary>
    public string SqlitePath { get; set; } = "gridbot.db";

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
    }
}
