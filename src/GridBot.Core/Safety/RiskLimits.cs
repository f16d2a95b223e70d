using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// Risk limits, validated on construction. Money is in quote currency; drawdown and price deviation
/// are fractions (0.10 = 10%).
/// <para>
/// Two kinds of comparison, on purpose: <b>caps</b> on what may be held or placed (position value,
/// order notional) allow the cap itself and are breached only when exceeded (&gt;); <b>tolerances</b>
/// (daily loss, drawdown, loss streak, API errors, price deviation) are breached on reaching the limit
/// (≥), as a circuit breaker trips at its threshold.
/// </para>
/// </summary>
public sealed record RiskLimits
{
    public RiskLimits(
        decimal maxPositionValue = 1000m,
        decimal maxDailyLoss = 100m,
        decimal maxDrawdown = 0.10m,
        decimal maxOrderValue = 100m,
        int maxConsecutiveLosses = 5,
        int maxApiErrors = 10,
        decimal maxPriceDeviation = 0.05m)
    {
        MaxPositionValue = Guard.Positive(maxPositionValue);
        MaxDailyLoss = Guard.Positive(maxDailyLoss);
        MaxDrawdown = Guard.Positive(maxDrawdown);
        Guard.That(MaxDrawdown <= 1m, "max drawdown is a fraction of equity, at most 1");
        MaxOrderValue = Guard.Positive(maxOrderValue);
        MaxConsecutiveLosses = Guard.Positive(maxConsecutiveLosses);
        MaxApiErrors = Guard.Positive(maxApiErrors);
        MaxPriceDeviation = Guard.Positive(maxPriceDeviation);
    }

    /// <summary>The seed's defaults.</summary>
    public static RiskLimits Default { get; } = new();

    /// <summary>Cap on |position value|, quote.</summary>
    public decimal MaxPositionValue { get; }

    /// <summary>Tolerated loss per day, quote, as a positive amount.</summary>
    public decimal MaxDailyLoss { get; }

    /// <summary>Tolerated drawdown from peak equity, fraction in (0, 1].</summary>
    public decimal MaxDrawdown { get; }

    /// <summary>Cap on one order's notional, quote.</summary>
    public decimal MaxOrderValue { get; }

    public int MaxConsecutiveLosses { get; }

    public int MaxApiErrors { get; }

    /// <summary>Tolerated |price − reference| / reference, fraction.</summary>
    public decimal MaxPriceDeviation { get; }

    /// <summary>The limit that applies to <paramref name="kind"/>, in that kind's unit.</summary>
    public decimal LimitOf(SafetyEventKind kind) => kind switch
    {
        SafetyEventKind.PositionLimit => MaxPositionValue,
        SafetyEventKind.DailyLoss => MaxDailyLoss,
        SafetyEventKind.Drawdown => MaxDrawdown,
        SafetyEventKind.ConsecutiveLosses => MaxConsecutiveLosses,
        SafetyEventKind.ApiErrors => MaxApiErrors,
        SafetyEventKind.OrderSize => MaxOrderValue,
        SafetyEventKind.PriceDeviation => MaxPriceDeviation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no limit for this kind"),
    };
}
