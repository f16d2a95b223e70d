namespace GridBot.Runtime;

public sealed record RuntimeOptions
{
    /// <summary>How often a running bot gets a Tick (reconcile, trail, safety).</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Reload-and-reapply attempts when a save loses an optimistic-concurrency race.</summary>
    public int MaxConflictRetries { get; init; } = 100;

    /// <summary>Test hook: called at each <see cref="CrashPoint"/>; throw <see cref="SimulatedCrashException"/> to crash there.</summary>
    public Action<CrashPoint>? CrashHook { get; init; }

    /// <summary>
    /// Every fill read starts this long before the bot's cursor, and a quiet read moves the cursor to the read's start
    /// less this margin: trades can become visible at the venue a little after their time, and the venue's clock may be
    /// behind ours by up to a recvWindow (at most 60 s). Trades re-read inside the margin are recognised by trade id.
    /// </summary>
    public TimeSpan FillCursorMargin { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The cursor is moved (one state save) only once it lags the read by this much, so quiet polls stay read-only.</summary>
    public TimeSpan FillCursorMaxLag { get; init; } = TimeSpan.FromHours(1);
}
