using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>
/// An order to place. <see cref="ClientOrderId"/> is deterministic (<c>^[a-zA-Z0-9_-]{1,36}$</c>) so a retry after an
/// unknown outcome is recognised by the venue as the same order. <see cref="Price"/> is null for market orders.
/// </summary>
public sealed record OrderRequest(
    Symbol Symbol,
    string ClientOrderId,
    OrderSide Side,
    OrderType Type,
    decimal Quantity,
    decimal? Price,
    bool ReduceOnly = false);
