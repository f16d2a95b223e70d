using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// A venue's order history for one symbol, every page of it: the orders created from <c>sinceMs</c> (venue time, UTC
/// ms) to the venue's present, each once, oldest first. What the venue keeps differs: Binance lists every status;
/// Bybit's unified account lists closed orders only (open ones come from <see cref="IExchange.GetOpenOrdersAsync"/>),
/// and fully cancelled ones for 24 hours. Reads go back 30 days at most and stop at a request bound (the client's
/// <c>WindowWalk</c>): a read cut short returns its oldest part without a gap, or an error when that part is empty.
/// </summary>
public interface IOrderHistory
{
    Task<Result<IReadOnlyList<ExchangeOrder>>> GetOrderHistoryAsync(Symbol symbol, long sinceMs, CancellationToken ct);
}
