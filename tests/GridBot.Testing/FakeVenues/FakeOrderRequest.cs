using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>A validated new order in venue-neutral terms. <see cref="Price"/> is 0 for market orders.</summary>
public sealed record FakeOrderRequest(
    OrderSide Side,
    FakeOrderType Type,
    FakeTimeInForce TimeInForce,
    decimal Quantity,
    decimal Price,
    string? ClientOrderId = null,
    bool ReduceOnly = false,
    string PositionSide = "BOTH");
