namespace GridFunctions.Ticks;

/// <summary>One bot's tick: the instance id, whether it was started, skipped (still active) or failed, and why it failed.</summary>
public sealed record TickResult(string BotId, string InstanceId, TickOutcome Outcome, string? Error);
