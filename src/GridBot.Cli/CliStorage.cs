using GridBot.Runtime.Hosting;
using GridBot.Storage;

namespace GridBot.Cli;

/// <summary>
/// Where a command keeps bots: <c>--db FILE</c> when given (a SQLite file), else the <c>Storage</c> settings
/// (<c>Storage__Kind=Azure</c> with <c>Storage__ConnectionString</c> or the service URIs; SQLite at
/// <c>Storage__SqlitePath</c>, <c>gridbot.db</c> by default).
/// </summary>
internal static class CliStorage
{
    public static StorageOptions Choose(string? db, StorageOptions configured) =>
        db is null ? configured : new StorageOptions { Kind = StorageKind.Sqlite, SqlitePath = db, ReportsPath = configured.ReportsPath };

    public static Task<BotStores> OpenAsync(string? db, StorageOptions configured, TimeProvider clock, CancellationToken ct) =>
        Choose(db, configured).OpenAsync(clock, ct);

    /// <summary>How to point <c>gridbot bots</c> at the same place: <c>--db FILE</c> for SQLite, nothing for Azure (the settings do it).</summary>
    public static string BotsHint(StorageOptions chosen) =>
        chosen.Kind == StorageKind.Sqlite ? $" --db {chosen.SqlitePath}" : string.Empty;
}
