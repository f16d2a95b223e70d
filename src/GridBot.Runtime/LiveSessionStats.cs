namespace GridBot.Runtime;

/// <summary>
/// What the streams did during a <see cref="LiveSession"/>: order and fill events received for the bot's symbol,
/// user-stream reconnects (each followed by a REST catch-up), and wake-ups between ticks that read fills or reconciled.
/// On a resumed bot, <see cref="VenueOpenOrders"/> is how many of its orders the venue listed (every page) when the
/// session began, and <see cref="Untracked"/> how many of those the saved bot does not know (null: not a resume, or
/// the list could not be read).
/// </summary>
public sealed record LiveSessionStats(long UserEvents, long Resyncs, long Wakeups, int? VenueOpenOrders = null, int? Untracked = null);
