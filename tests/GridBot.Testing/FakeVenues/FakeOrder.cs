using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// An order inside a fake venue. Mutated only by its <see cref="FakeMarket"/> under the market's lock; tests read it.
/// <see cref="Price"/> is 0 for market orders. Quantities are base-asset units.
/// </summary>
public sealed class FakeOrder
{
    internal FakeOrder(long id, string clientOrderId, FakeOrderRequest request, long nowMs)
    {
        Id = id;
        ClientOrderId = clientOrderId;
        Side = request.Side;
        Type = request.Type;
        TimeInForce = request.TimeInForce;
        Price = request.Price;
        Quantity = request.Quantity;
        ReduceOnly = request.ReduceOnly;
        PositionSide = request.PositionSide;
        CreatedMs = nowMs;
        UpdatedMs = nowMs;
    }

    public long Id { get; }

    public string ClientOrderId { get; }

    public OrderSide Side { get; }

    public FakeOrderType Type { get; }

    public FakeTimeInForce TimeInForce { get; }

    public decimal Price { get; }

    public decimal Quantity { get; }

    public bool ReduceOnly { get; }

    public string PositionSide { get; }

    public long CreatedMs { get; }

    public long UpdatedMs { get; internal set; }

    public FakeOrderStatus Status { get; internal set; }

    public decimal FilledQuantity { get; internal set; }

    public decimal CumulativeQuote { get; internal set; }

    public decimal CumulativeFee { get; internal set; }

    /// <summary>Bybit's cancel/reject reason, e.g. EC_PostOnlyWillTakeLiquidity.</summary>
    public string? CancelReason { get; internal set; }

    public decimal Remaining => Quantity - FilledQuantity;

    public bool IsOpen => Status is FakeOrderStatus.New or FakeOrderStatus.PartiallyFilled;

    public decimal AveragePrice => FilledQuantity == 0m ? 0m : CumulativeQuote / FilledQuantity;

    /// <summary>Price at which quote (spot buy) or margin (perp) was reserved: the limit, or the touch for market orders.</summary>
    internal decimal ReservePrice { get; set; }

    internal decimal ReservedMargin { get; set; }

    /// <summary>A copy that no market mutates (for events raised after the lock is released).</summary>
    internal FakeOrder Snapshot() => (FakeOrder)MemberwiseClone();
}
