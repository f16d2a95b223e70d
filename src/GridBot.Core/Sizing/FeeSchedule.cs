using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Core.Sizing;

/// <summary>
/// Maker/taker fee rates as fractions of notional (0.001 = 0.1% = 10 bps). Paying in BNB
/// takes <see cref="BnbDiscount"/> (25% on Binance) off the rate.
/// </summary>
public sealed record FeeSchedule
{
    public FeeSchedule(decimal makerRate, decimal takerRate, decimal bnbDiscount = 0.25m)
    {
        MakerRate = Guard.InRange(makerRate, 0m, 0.1m);
        TakerRate = Guard.InRange(takerRate, 0m, 0.1m);
        BnbDiscount = Guard.InRange(bnbDiscount, 0m, 1m);
    }

    /// <summary>The seed's default: 0.1% maker and taker.</summary>
    public static FeeSchedule Default { get; } = new(0.001m, 0.001m);

    public decimal MakerRate { get; }

    public decimal TakerRate { get; }

    public decimal BnbDiscount { get; }

    public static FeeSchedule FromBps(decimal makerBps, decimal takerBps) => new(makerBps / 10_000m, takerBps / 10_000m);

    public decimal EffectiveRate(Liquidity liquidity, bool payWithBnb = false)
    {
        var rate = liquidity == Liquidity.Maker ? MakerRate : TakerRate;
        return payWithBnb ? rate * (1m - BnbDiscount) : rate;
    }

    /// <summary>The fee on <paramref name="notional"/> (quote), in quote currency.</summary>
    public decimal QuoteFee(decimal notional, Liquidity liquidity, bool payWithBnb = false) =>
        Math.Abs(notional) * EffectiveRate(liquidity, payWithBnb);

    /// <summary>The fee as charged: in quote, or in BNB converted at <paramref name="bnbPriceInQuote"/>.</summary>
    public CashAmount Fee(decimal notional, Liquidity liquidity, Symbol symbol, decimal? bnbPriceInQuote = null)
    {
        Guard.NotNull(symbol);
        if (bnbPriceInQuote is { } bnbPrice)
        {
            return new CashAmount(QuoteFee(notional, liquidity, payWithBnb: true) / Guard.Positive(bnbPrice), "BNB");
        }

        return new CashAmount(QuoteFee(notional, liquidity), symbol.QuoteAsset);
    }
}
