using System.Globalization;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Paper;

/// <summary>An order's mutable book entry. Only touched under the exchange's lock.</summary>
internal sealed class PaperOrder(OrderRequest request, long sequence, long updatedMs)
{
    public OrderRequest Request { get; } = request;

    /// <summary>Placement order; also the exchange order id and the tie-break between equal prices (first come, first filled).</summary>
    public long Sequence { get; } = sequence;

    public decimal FilledQuantity { get; private set; }

    public OrderStatus Status { get; private set; } = OrderStatus.New;

    public long UpdatedMs { get; private set; } = updatedMs;

    public decimal Remaining => Request.Quantity - FilledQuantity;

    /// <summary>The limit price; null only for market orders, which never rest.</summary>
    public decimal Limit => Request.Price ?? 0m;

    public string ExchangeOrderId => Sequence.ToString(CultureInfo.InvariantCulture);

    public void AddFill(decimal quantity, long timeMs)
    {
        FilledQuantity += quantity;
        Status = Remaining == 0m ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        UpdatedMs = timeMs;
    }

    /// <summary>Ends an open order as <see cref="OrderStatus.Canceled"/> or <see cref="OrderStatus.Expired"/>.</summary>
    public void Close(OrderStatus status, long timeMs)
    {
        Status = status;
        UpdatedMs = timeMs;
    }

    public ExchangeOrder ToExchangeOrder() => new(
        Request.Symbol,
        Request.ClientOrderId,
        ExchangeOrderId,
        Request.Side,
        Request.Type,
        Request.Price,
        Request.Quantity,
        FilledQuantity,
        Status,
        UpdatedMs);
}
