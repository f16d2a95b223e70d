namespace GridBot.Core.Ports;

/// <summary>
/// What an upsert did: days (partitions) rewritten, bars that were new, and bars whose stored values changed.
/// Upserting bars that are already stored rewrites nothing and reports zeros.
/// </summary>
public sealed record BarUpsertSummary(int DaysWritten, int BarsAdded, int BarsChanged);
