using GridBot.Core.Common;

namespace GridBot.Core.Safety;

/// <summary>
/// A snapshot of what the safety checks look at, taken at <see cref="ObservedAt"/> (read from the
/// caller's <see cref="TimeProvider"/>). Money in quote; drawdown and price deviation as fractions.
/// </summary>
public sealed record SafetyMetrics
{
    public SafetyMetrics(
        DateTimeOffset observedAt,
        decimal positionValue = 0m,
        decimal dailyPnl = 0m,
        decimal drawdown = 0m,
        int consecutiveLosses = 0,
        int apiErrors = 0,
        decimal orderNotional = 0m,
        decimal priceDeviation = 0m)
    {
        ObservedAt = observedAt;
        PositionValue = positionValue;
        DailyPnl = dailyPnl;
        Drawdown = Guard.InRange(drawdown, 0m, 1m);
        ConsecutiveLosses = Guard.NonNegative(consecutiveLosses);
        ApiErrors = Guard.NonNegative(apiErrors);
        OrderNotional = Guard.NonNegative(orderNotional);
        PriceDeviation = priceDeviation;
    }

    public DateTimeOffset ObservedAt { get; }

    /// <summary>Signed position value, quote (negative for a short); limits apply to its magnitude.</summary>
    public decimal PositionValue { get; }

    /// <summary>Today's realised + unrealised PnL, quote; negative is a loss.</summary>
    public decimal DailyPnl { get; }

    /// <summary>Drawdown from peak equity, fraction in [0, 1].</summary>
    public decimal Drawdown { get; }

    public int ConsecutiveLosses { get; }

    public int ApiErrors { get; }

    /// <summary>Notional of the largest pending (or proposed) order, quote.</summary>
    public decimal OrderNotional { get; }

    /// <summary>Signed (price − reference) / reference; limits apply to its magnitude.</summary>
    public decimal PriceDeviation { get; }

    /// <summary>The value compared against <see cref="RiskLimits.LimitOf"/> for <paramref name="kind"/>.</summary>
    public decimal ValueOf(SafetyEventKind kind) => kind switch
    {
        SafetyEventKind.PositionLimit => Math.Abs(PositionValue),
        SafetyEventKind.DailyLoss => Math.Max(0m, -DailyPnl),
        SafetyEventKind.Drawdown => Drawdown,
        SafetyEventKind.ConsecutiveLosses => ConsecutiveLosses,
        SafetyEventKind.ApiErrors => ApiErrors,
        SafetyEventKind.OrderSize => OrderNotional,
        SafetyEventKind.PriceDeviation => Math.Abs(PriceDeviation),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no metric for this kind"),
    };
}
