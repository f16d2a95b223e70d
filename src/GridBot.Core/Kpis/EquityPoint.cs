namespace GridBot.Core.Kpis;

/// <summary>Marked equity (quote currency) at a Unix-millisecond UTC time.</summary>
public sealed record EquityPoint(long TimestampMs, decimal Equity);
