namespace GridBot.Core.Safety;

/// <summary>A session alert; <see cref="Value"/> and <see cref="Threshold"/> in quote or per hour, absent for market alerts.</summary>
public sealed record SafetyAlert(
    string SessionId,
    AlertType Type,
    AlertLevel Level,
    string Message,
    DateTimeOffset Timestamp,
    decimal? Value = null,
    decimal? Threshold = null);
