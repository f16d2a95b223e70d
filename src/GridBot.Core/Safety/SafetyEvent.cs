namespace GridBot.Core.Safety;

/// <summary>
/// One limit violation. <see cref="Value"/> and <see cref="Threshold"/> are in the limit's unit:
/// quote currency for money, a fraction (0.10 = 10%) for drawdown and price deviation, a count for
/// streaks and errors. Losses are reported as positive amounts.
/// </summary>
public sealed record SafetyEvent(
    SafetyEventKind Kind,
    AlertLevel Level,
    SafetyAction Action,
    string Message,
    decimal Value,
    decimal Threshold,
    DateTimeOffset Timestamp);
