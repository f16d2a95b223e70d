using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Core.Flatten;

/// <summary>
/// How a position is flattened: TWAP slices sent as limit IOC at the touch while the spread is
/// within <see cref="MaxSpreadBps"/>, market otherwise, and market for the remainder once
/// <see cref="MarketSwitchFraction"/> of the quantity is done.
/// </summary>
public sealed record FlattenConfig
{
    public TimeSpan TwapDuration { get; init; } = DefaultDuration;

    public int TwapSlices { get; init; } = 10;

    /// <summary>Widest spread, (ask − bid) / mid in basis points, at which a limit IOC is still sent (inclusive).</summary>
    public decimal MaxSpreadBps { get; init; } = 50m;

    /// <summary>Once filled ≥ this fraction of the total, the remainder goes as one market order.</summary>
    public decimal MarketSwitchFraction { get; init; } = 0.95m;

    /// <summary>
    /// Fee in basis points of notional, used when a fill's fee is not reported. Both order kinds take
    /// liquidity (a market order, and a limit IOC at the touch that executes against resting orders),
    /// so this is the taker rate.
    /// </summary>
    public decimal FeeBps { get; init; } = 10m;

    public bool CancelOrdersFirst { get; init; } = true;

    /// <summary>The slices a bot splits a flatten into at most; fewer when a slice would fall below twice the venue's minimums.</summary>
    public const int DefaultSlices = 10;

    public static readonly TimeSpan DefaultDuration = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The flatten a bot runs (and a backtest simulates) for <paramref name="quantity"/> at <paramref name="price"/>:
    /// the defaults above with the taker fee, and at most <see cref="DefaultSlices"/> slices, fewer so that each slice
    /// is at least twice the venue's minimum quantity and notional (a slice the venue would refuse is never planned).
    /// </summary>
    public static FlattenConfig For(SymbolRules rules, FeeSchedule fees, decimal quantity, decimal price, TimeSpan? duration = null)
    {
        Guard.NotNull(rules);
        Guard.NotNull(fees);
        var slices = (decimal)DefaultSlices;
        if (rules.MinNotional > 0m && price > 0m)
        {
            slices = Math.Min(slices, Math.Abs(quantity) * price / (2m * rules.MinNotional));
        }

        if (rules.MinQuantity > 0m)
        {
            slices = Math.Min(slices, Math.Abs(quantity) / (2m * rules.MinQuantity));
        }

        return new FlattenConfig
        {
            TwapSlices = Math.Max(1, (int)Math.Floor(slices)),
            FeeBps = fees.TakerRate * 10_000m,
            TwapDuration = duration ?? DefaultDuration,
        };
    }

    /// <summary>Fee estimate in quote currency for <paramref name="notional"/> (quote), not rounded.</summary>
    public decimal EstimateFee(decimal notional) => notional * FeeBps / 10_000m;

    /// <summary>Every invalid setting, by property name; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TwapDuration <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(TwapDuration)} must be positive");
        }

        if (TwapSlices < 1)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(TwapSlices)} {TwapSlices} must be at least 1"));
        }

        if (MaxSpreadBps < 0m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(MaxSpreadBps)} {MaxSpreadBps} must not be negative"));
        }

        if (MarketSwitchFraction <= 0m || MarketSwitchFraction > 1m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(MarketSwitchFraction)} {MarketSwitchFraction} must be in (0, 1]"));
        }

        if (FeeBps < 0m)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{nameof(FeeBps)} {FeeBps} must not be negative"));
        }

        return problems;
    }
}
