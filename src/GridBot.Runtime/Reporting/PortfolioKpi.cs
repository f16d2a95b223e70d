namespace GridBot.Runtime.Reporting;

/// <summary>
/// The bots quoted in one asset, summed exactly. <see cref="UnrealizedPnl"/> and <see cref="Equity"/> sum the bots whose
/// last price is known (<see cref="PricedBots"/> of <see cref="Bots"/>).
/// </summary>
public sealed record PortfolioKpi(
    string QuoteAsset,
    int Bots,
    int Running,
    int PricedBots,
    decimal Capital,
    decimal RealizedPnl,
    decimal UnrealizedPnl,
    decimal GridProfit,
    decimal Fees,
    int RoundTrips,
    decimal Equity,
    int PeriodFills,
    decimal PeriodVolume)
{
    public static IReadOnlyList<PortfolioKpi> Of(IEnumerable<BotKpi> bots) =>
    [
        .. bots.GroupBy(b => b.QuoteAsset, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new PortfolioKpi(
            g.Key,
            g.Count(),
            g.Count(b => b.Status == nameof(Core.Bots.BotStatus.Running)),
            g.Count(b => b.Equity is not null),
            g.Sum(b => b.Capital),
            g.Sum(b => b.RealizedPnl),
            g.Sum(b => b.UnrealizedPnl ?? 0m),
            g.Sum(b => b.GridProfit),
            g.Sum(b => b.Fees),
            g.Sum(b => b.RoundTrips),
            g.Sum(b => b.Equity ?? 0m),
            g.Sum(b => b.PeriodFills),
            g.Sum(b => b.PeriodVolume))),
    ];
}
