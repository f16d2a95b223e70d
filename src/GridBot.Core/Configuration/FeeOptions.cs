using GridBot.Core.Market;

namespace GridBot.Core.Configuration;

/// <summary>
/// Fee model per venue and market (the seed's <c>FEE_MODEL</c>), base tier without discounts.
/// Defaults: Binance spot 0.1%/0.1%; Binance USDⓈ-M perp maker 0.02%, taker 0.05% (an assumption:
/// the seed lists only Bybit; these are Binance's published base-tier rates); Bybit spot maker 0.07%,
/// taker 0.1%; Bybit linear perp maker 0.02%, taker 0.055% (the seed's numbers). The paper venue
/// charges Binance's rates so simulations are not cheaper than the real thing.
/// </summary>
public sealed class FeeOptions
{
    public VenueFeeOptions Paper { get; set; } = BinanceDefaults();

    public VenueFeeOptions Binance { get; set; } = BinanceDefaults();

    public VenueFeeOptions Bybit { get; set; } = new()
    {
        Spot = FeeRates.Of(maker: 0.0007m, taker: 0.001m),
        Perp = FeeRates.Of(maker: 0.0002m, taker: 0.00055m),
    };

    public FeeRates FeeFor(Venue venue, MarketType market) => ForVenue(venue).For(market);

    public VenueFeeOptions ForVenue(Venue venue) => venue switch
    {
        Venue.Paper => Paper,
        Venue.Binance => Binance,
        Venue.Bybit => Bybit,
        _ => throw new ArgumentOutOfRangeException(nameof(venue), venue, "unknown venue"),
    };

    internal void Check(ProblemList problems, string path)
    {
        Paper.Check(problems, $"{path}:Paper");
        Binance.Check(problems, $"{path}:Binance");
        Bybit.Check(problems, $"{path}:Bybit");
    }

    private static VenueFeeOptions BinanceDefaults() => new()
    {
        Spot = FeeRates.Of(maker: 0.001m, taker: 0.001m),
        Perp = FeeRates.Of(maker: 0.0002m, taker: 0.0005m),
    };
}
