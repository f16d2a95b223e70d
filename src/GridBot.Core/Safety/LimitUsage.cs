namespace GridBot.Core.Safety;

/// <summary>One metric against its limit, both in the limit's unit (see <see cref="SafetyEvent"/>).</summary>
public sealed record LimitUsage(SafetyEventKind Kind, decimal Value, decimal Limit, bool Breached)
{
    /// <summary>Value / limit; 1 means at the limit.</summary>
    public decimal Utilisation => Limit == 0m ? 0m : Value / Limit;
}
