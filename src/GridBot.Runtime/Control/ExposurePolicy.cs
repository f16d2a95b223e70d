using System.Globalization;
using GridBot.Core.Bots;
using GridBot.Core.Common;
using GridBot.Core.Configuration;
using GridBot.Core.Grid;
using GridBot.Core.Risk;
using GridBot.Core.Safety;

namespace GridBot.Runtime.Control;

/// <summary>
/// DESIGN section 9 for live bots, against the account's equity in the quote asset: the rollout stage caps the size
/// of one order (stage 1: 2%, stages 2–3: 5%, stages 4–5: 10% of equity), and the exposure caps bound what grids may
/// come to hold: one pair 15%, all live bots on the account (venue and market) together 30%. A grid trades level i's
/// quantity as a buy at level i and as a sell at level i+1 (the top level never buys), so its largest order is the
/// largest such sell, and its exposure is its full inventory valued at the sell prices: the most it can hold, at the
/// most it can be worth, before price leaves the range.
/// </summary>
public static class ExposurePolicy
{
    public static decimal GridNotional(GridLayout layout) => SellNotionals(layout).Sum();

    /// <summary>The exposure of a saved bot's grid (0 when its grid no longer lays out).</summary>
    public static decimal GridNotional(BotConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var layout = GridLayout.Create(config.Spec, config.Rules);
        return layout.IsSuccess ? GridNotional(layout.Value) : 0m;
    }

    /// <summary>The defaults pulled under the caps, so a live bot created without explicit limits fits them.</summary>
    public static RiskLimits FitDefaults(GridBotOptions options, decimal equity, RiskLimits defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new RiskLimits(
            Math.Min(defaults.MaxPositionValue, PairCap(options, equity)), defaults.MaxDailyLoss, defaults.MaxDrawdown,
            Math.Min(defaults.MaxOrderValue, OrderCap(options, equity)), defaults.MaxConsecutiveLosses, defaults.MaxApiErrors, defaults.MaxPriceDeviation);
    }

    /// <summary>Null when the grid fits the rollout stage and, with the other live bots' exposure, both caps; else why not.</summary>
    public static string? CheckGrid(GridBotOptions options, decimal equity, GridLayout layout, decimal otherPairExposure, decimal otherPortfolioExposure)
    {
        var largest = SellNotionals(layout).Max();
        var orderCap = OrderCap(options, equity);
        if (largest > orderCap)
        {
            return F($"rollout stage {options.RolloutStage} allows orders up to {R(orderCap)} ({options.MaxSizeFraction() * 100m}% of account equity {R(equity)}); the grid's largest order is {R(largest)}");
        }

        var notional = GridNotional(layout);
        var caps = new ExposureCaps(options.Exposure.PerPairFraction, options.Exposure.PortfolioFraction);
        return caps.Check(equity, otherPairExposure + notional, otherPortfolioExposure + notional) switch
        {
            null => null,
            { Kind: ExposureViolationKind.PerPairCapExceeded } v =>
                F($"the pair's exposure would be {R(v.Exposure)} (this grid {R(notional)}), above the per-pair cap {R(v.Cap)} ({options.Exposure.PerPairFraction * 100m}% of account equity {R(equity)})"),
            var v =>
                F($"live bots' exposure would be {R(v.Exposure)} (this grid {R(notional)}), above the portfolio cap {R(v.Cap)} ({options.Exposure.PortfolioFraction * 100m}% of account equity {R(equity)})"),
        };
    }

    /// <summary>Null when the limits stay within the rollout stage and the per-pair cap; else which one they break.</summary>
    public static string? CheckLimits(GridBotOptions options, decimal equity, RiskLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var orderCap = OrderCap(options, equity);
        if (limits.MaxOrderValue > orderCap)
        {
            return F($"maxOrderValue {R(limits.MaxOrderValue)} is above what rollout stage {options.RolloutStage} allows: {R(orderCap)} ({options.MaxSizeFraction() * 100m}% of account equity {R(equity)})");
        }

        var pairCap = PairCap(options, equity);
        return limits.MaxPositionValue > pairCap
            ? F($"maxPositionValue {R(limits.MaxPositionValue)} is above the per-pair cap {R(pairCap)} ({options.Exposure.PerPairFraction * 100m}% of account equity {R(equity)})")
            : null;
    }

    /// <summary>Each level's quantity at the price it is sold at (one level up); a grid has at least two levels.</summary>
    private static IEnumerable<decimal> SellNotionals(GridLayout layout)
    {
        var levels = Guard.NotNull(layout).Levels;
        return levels.Zip(levels.Skip(1), (buy, sell) => buy.BuyQuantity * sell.Price);
    }

    private static decimal OrderCap(GridBotOptions options, decimal equity) => Math.Max(0m, equity) * Guard.NotNull(options).MaxSizeFraction();

    private static decimal PairCap(GridBotOptions options, decimal equity) => Math.Max(0m, equity) * Guard.NotNull(options).Exposure.PerPairFraction;

    private static decimal R(decimal value) => decimal.Round(value, 2);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
