using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>An order as the venue reports it. Quantities in base; <see cref="UpdatedMs"/> is venue time (UTC ms).</summary>
public sealed record ExchangeOrder(
    Symbol Symbol,
    string ClientOrderId,
    string ExchangeOrderId,
    OrderSide Side,
    OrderType Type,
    decimal? Price,
    decimal Quantity,
    decimal FilledQuantity,
    OrderStatus Status,
    long UpdatedMs)
{
    public decimal Remaining => Quantity - FilledQuantity;
}
