using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// Limits for one monitored session, quote currency. Loss and giveback are tolerances (breached at
/// the limit), position value and trade rate are caps (breached above), as in <see cref="RiskLimits"/>.
/// </summary>
public sealed record SessionRiskLimits
{
    public SessionRiskLimits(decimal maxLoss = 100m, decimal maxPositionValue = 1000m, decimal maxGiveback = 100m, int maxTradesPerHour = 60)
    {
        MaxLoss = Guard.Positive(maxLoss);
        MaxPositionValue = Guard.Positive(maxPositionValue);
        MaxGiveback = Guard.Positive(maxGiveback);
        MaxTradesPerHour = Guard.Positive(maxTradesPerHour);
    }

    /// <summary>Session PnL ≤ −MaxLoss is Critical (unsafe).</summary>
    public decimal MaxLoss { get; }

    /// <summary>|position value| &gt; this is Critical (unsafe).</summary>
    public decimal MaxPositionValue { get; }

    /// <summary>Peak PnL − PnL ≥ this, after a profitable peak, is a Warning: profits handed back.</summary>
    public decimal MaxGiveback { get; }

    /// <summary>Trades per hour of session (the first hour counts as a full hour) above this is a Warning.</summary>
    public int MaxTradesPerHour { get; }

    public static SessionRiskLimits From(RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new SessionRiskLimits(limits.MaxDailyLoss, limits.MaxPositionValue, limits.MaxDailyLoss);
    }
}
