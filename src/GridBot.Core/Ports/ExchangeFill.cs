using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>
/// One execution. <see cref="TradeId"/> is the venue's id and the ledger's key: a fill seen twice is counted once.
/// <see cref="Fee"/> carries its own asset (quote, base or BNB).
/// </summary>
public sealed record ExchangeFill(
    Symbol Symbol,
    string TradeId,
    string ClientOrderId,
    string ExchangeOrderId,
    OrderSide Side,
    decimal Price,
    decimal Quantity,
    CashAmount Fee,
    bool IsMaker,
    long TimeMs);
