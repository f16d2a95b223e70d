using GridBot.Core.Safety;

namespace GridBot.Runtime.Control;

/// <summary>
/// Risk limits scaled to a bot's capital, the defaults of every host: position up to 2× capital, daily loss 20% of
/// capital, drawdown 25%, one order up to the capital, 5 losing round trips, 10 API errors a day, a 10% move between
/// two ticks.
/// </summary>
public static class RiskDefaults
{
    public const decimal DrawdownPct = 25m;

    public const decimal DailyLossPct = 20m;

    /// <summary>No limit at all (for comparing with a backtest, which has no safety layer).</summary>
    public static RiskLimits Off { get; } = new(decimal.MaxValue / 4, decimal.MaxValue / 4, 1m, decimal.MaxValue / 4, int.MaxValue, int.MaxValue, 1_000_000m);

    public static RiskLimits For(decimal capital, decimal drawdownPct = DrawdownPct, decimal dailyLossPct = DailyLossPct) => new(
        maxPositionValue: capital * 2m,
        maxDailyLoss: capital * dailyLossPct / 100m,
        maxDrawdown: drawdownPct / 100m,
        maxOrderValue: capital,
        maxConsecutiveLosses: 5,
        maxApiErrors: 10,
        maxPriceDeviation: 0.10m);
}
