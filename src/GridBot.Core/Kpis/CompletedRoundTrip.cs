namespace GridBot.Core.Kpis;

/// <summary>A closed trade: entry and exit (Unix ms, prices), quantity in base, and net PnL in quote after fees.</summary>
public sealed record CompletedRoundTrip(
    long EntryTimeMs,
    decimal EntryPrice,
    long ExitTimeMs,
    decimal ExitPrice,
    decimal Quantity,
    decimal Pnl);
