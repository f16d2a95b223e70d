namespace GridBot.Testing.FakeVenues;

/// <summary>
/// How one fake market behaves. Fee rates are fractions (0.001 = 0.1 %). <see cref="DuplicatesAcrossAllOrders"/>:
/// Bybit refuses any orderLinkId ever used; Binance only ids of open orders. <see cref="PostOnlyCrossRejects"/>:
/// Binance rejects a crossing post-only order; Bybit accepts it and cancels it at once. <see cref="BuyFeeInBase"/>: a spot
/// buy's fee is taken from the base asset it buys (Bybit spot, Binance without BNB: the balance is credited quantity − fee
/// and the fill names the base asset), else from the quote asset on top of the price.
/// </summary>
public sealed record FakeMarketSettings(
    decimal MakerFeeRate,
    decimal TakerFeeRate,
    bool DuplicatesAcrossAllOrders,
    bool PostOnlyCrossRejects,
    long FirstOrderId = 1000,
    int Leverage = 10)
{
    public bool BuyFeeInBase { get; init; } = true;
}
