namespace GridBot.Runtime.Control;

/// <summary>
/// Risk limits as a host receives them. Percentages are of capital (daily loss) or of the equity peak (drawdown);
/// money in the quote asset. Omitted fields keep their defaults (<see cref="RiskDefaults"/>) on create, and the bot's
/// current values on an update.
/// </summary>
public sealed record RiskLimitsRequest
{
    public decimal? MaxDrawdownPct { get; init; }

    public decimal? MaxDailyLossPct { get; init; }

    public decimal? MaxPositionValue { get; init; }

    public decimal? MaxOrderValue { get; init; }

    public int? MaxConsecutiveLosses { get; init; }

    public int? MaxApiErrors { get; init; }

    public decimal? MaxPriceDeviationPct { get; init; }
}
