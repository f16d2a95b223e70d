using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>One execution. Trade ids increase by one per market. Commission is in <see cref="CommissionAsset"/>.</summary>
public sealed record FakeFill(
    long TradeId,
    long OrderId,
    string ClientOrderId,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    decimal Commission,
    string CommissionAsset,
    bool IsMaker,
    long TimeMs,
    decimal RealizedPnl)
{
    public decimal QuoteQuantity => Price * Quantity;
}
