using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Core.Bots;

/// <summary>
/// An order the bot owns on the venue (the outbox): saved in state before it is sent, removed only when the venue
/// reports it finished. <see cref="Sends"/> counts placements with this same client order id.
/// </summary>
public sealed record OrderIntent(
    string ClientOrderId,
    IntentKind Kind,
    int Level,
    OrderSide Side,
    OrderType Type,
    decimal? Price,
    decimal Quantity,
    IntentStatus Status,
    decimal Filled = 0m,
    string? ExchangeOrderId = null,
    int Sends = 1)
{
    public decimal Remaining => Quantity - Filled;

    public OrderRequest ToRequest(Symbol symbol) => new(symbol, ClientOrderId, Side, Type, Quantity, Price, ReduceOnly: Kind == IntentKind.Flatten);
}
