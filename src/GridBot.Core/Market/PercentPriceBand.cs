using GridBot.Core.Common;

namespace GridBot.Core.Market;

/// <summary>
/// Binance PERCENT_PRICE_BY_SIDE: a buy's price must lie in [ref × BidDown, ref × BidUp],
/// a sell's in [ref × AskDown, ref × AskUp], where ref is the recent average price.
/// </summary>
public sealed record PercentPriceBand
{
    public PercentPriceBand(decimal bidMultiplierUp, decimal bidMultiplierDown, decimal askMultiplierUp, decimal askMultiplierDown)
    {
        BidMultiplierUp = Guard.Positive(bidMultiplierUp);
        BidMultiplierDown = Guard.Positive(bidMultiplierDown);
        AskMultiplierUp = Guard.Positive(askMultiplierUp);
        AskMultiplierDown = Guard.Positive(askMultiplierDown);
        Guard.That(BidMultiplierDown <= BidMultiplierUp && AskMultiplierDown <= AskMultiplierUp, "down multipliers must not exceed up multipliers");
    }

    public decimal BidMultiplierUp { get; }

    public decimal BidMultiplierDown { get; }

    public decimal AskMultiplierUp { get; }

    public decimal AskMultiplierDown { get; }

    public bool Allows(OrderSide side, decimal price, decimal referencePrice) => side == OrderSide.Buy
        ? price >= referencePrice * BidMultiplierDown && price <= referencePrice * BidMultiplierUp
        : price >= referencePrice * AskMultiplierDown && price <= referencePrice * AskMultiplierUp;
}
