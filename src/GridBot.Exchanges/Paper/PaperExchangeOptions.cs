using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Exchanges.Paper;

/// <summary>
/// Settings of a <see cref="PaperExchange"/>. One symbol per exchange (<see cref="Rules"/>). Balances are in the
/// symbol's quote and base assets; <see cref="StartingBase"/> must be 0 on <see cref="MarketType.Perp"/>, where the
/// quote balance is the margin wallet. <see cref="SlippageBps"/> applies to market orders only.
/// </summary>
public sealed record PaperExchangeOptions
{
    public required SymbolRules Rules { get; init; }

    public Venue Venue { get; init; } = Venue.Paper;

    public MarketType Market { get; init; } = MarketType.Spot;

    public FeeSchedule Fees { get; init; } = FeeSchedule.Default;

    /// <summary>Market orders fill at ask × (1 + bps/10,000) when buying and bid × (1 − bps/10,000) when selling.</summary>
    public decimal SlippageBps { get; init; }

    public decimal StartingQuote { get; init; } = 10_000m;

    public decimal StartingBase { get; init; }

    /// <summary>Perp only: order and position margin is notional / leverage.</summary>
    public int Leverage { get; init; } = 1;

    /// <summary>
    /// A thin book: how much base a limit IOC can take at the touch until the price next moves (each
    /// <c>MoveTo</c>/<c>SetQuote</c> refills it). Null: unlimited. Market orders always fill in full (at the slippage price).
    /// </summary>
    public decimal? TouchDepth { get; init; }

    /// <summary>
    /// A third asset fees are paid in when the account holds enough of it (Binance's BNB): the fee is the quote fee
    /// with <see cref="FeeSchedule.BnbDiscount"/>, converted at <see cref="FeeAssetPrice"/> and rounded to 8 decimals.
    /// Null: fees in quote.
    /// </summary>
    public string? FeeAsset { get; init; }

    /// <summary>The fee asset's price in the quote asset; <c>GetTickerAsync</c> of FEEASSET/QUOTE answers it.</summary>
    public decimal FeeAssetPrice { get; init; }

    public decimal StartingFeeAsset { get; init; }
}
