namespace GridBot.Storage.Sqlite;

/// <summary>
/// SQLite's <c>PRAGMA synchronous</c> in WAL mode. <see cref="Normal"/>: a committed transaction survives a crash of
/// the process but the last few may be lost on power loss or an OS crash (the WAL is synced at checkpoints only);
/// the database is never corrupted. <see cref="Full"/>: the WAL is synced on every commit, durable against power
/// loss, at the cost of one fsync per write. Measured on the build VM, 2,000 saves of a 10 KB state: Normal
/// 14k–26k saves/s, Full 750–10k saves/s (fsync-bound, erratic); a 30,240-bar replay saving every bar needs
/// more than 3k saves/s to stay under 10 s, which only Normal guarantees, so Normal is the default.
/// </summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
