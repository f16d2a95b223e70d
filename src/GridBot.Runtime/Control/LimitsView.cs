using GridBot.Core.Safety;

namespace GridBot.Runtime.Control;

/// <summary>A bot's risk limits in the units the controls take them (percentages, quote amounts).</summary>
public sealed record LimitsView(
    decimal MaxDrawdownPct,
    decimal MaxDailyLoss,
    decimal MaxPositionValue,
    decimal MaxOrderValue,
    int MaxConsecutiveLosses,
    int MaxApiErrors,
    decimal MaxPriceDeviationPct)
{
    public static LimitsView Of(RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new LimitsView(limits.MaxDrawdown * 100m, limits.MaxDailyLoss, limits.MaxPositionValue, limits.MaxOrderValue,
            limits.MaxConsecutiveLosses, limits.MaxApiErrors, limits.MaxPriceDeviation * 100m);
    }
}
