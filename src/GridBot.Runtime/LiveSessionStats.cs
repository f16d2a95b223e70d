namespace GridBot.Runtime;

/// <summary>
/// What the streams did during a <see cref="LiveSession"/>: order and fill events received for the bot's symbol,
/// user-stream reconnects (each followed by a REST catch-up), and wake-ups between ticks that read fills or reconciled.
/// </summary>
public sealed record LiveSessionStats(long UserEvents, long Resyncs, long Wakeups);
