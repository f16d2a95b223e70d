namespace GridBot.Core.Safety;

/// <summary>A report of every metric against its limit, with the resulting action and events.</summary>
public sealed record SafetyStatus(
    SafetyAction Action,
    AlertLevel Level,
    IReadOnlyList<LimitUsage> Limits,
    IReadOnlyList<SafetyEvent> Events,
    DateTimeOffset AsOf)
{
    public bool IsOk => Action == SafetyAction.Continue;
}
