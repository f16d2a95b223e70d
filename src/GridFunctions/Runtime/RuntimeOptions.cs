namespace GridFunctions.Runtime;

public sealed record RuntimeOptions
{
    /// <summary>How often a running bot gets a Tick (reconcile, trail, safety).</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Reload-and-reapply attempts when a save loses an optimistic-concurrency race.</summary>
    public int MaxConflictRetries { get; init; } = 100;

    /// <summary>Test hook: called at each <see cref="CrashPoint"/>; throw <see cref="SimulatedCrashException"/> to crash there.</summary>
    public Action<CrashPoint>? CrashHook { get; init; }
}
