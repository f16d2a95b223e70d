using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Core.Ports;

/// <summary>
/// One venue and market (e.g. Binance spot). Every call returns a <see cref="Result{T}"/>: venue failures are
/// mapped to <see cref="ErrorKind"/>. A placement whose outcome is unknown (timeout, 5xx) returns
/// <see cref="ErrorKind.UnknownStatus"/>; the caller reconciles by client order id and never re-sends blindly.
/// A duplicate client order id is <see cref="ErrorKind.DuplicateClientOrderId"/> and means the order exists.
/// </summary>
public interface IExchange
{
    Venue Venue { get; }

    MarketType Market { get; }

    Task<Result<SymbolRules>> GetRulesAsync(Symbol symbol, CancellationToken ct);

    Task<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken ct);

    Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken ct);

    /// <summary>The order with this client id, or an <see cref="ErrorKind.UnknownOrder"/> error when the venue has none.</summary>
    Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct);

    /// <summary>
    /// Every fill with <c>TimeMs ≥ <paramref name="sinceMs"/></c> (UTC ms) up to the venue's present, oldest first, each
    /// trade id once. A read whose history is larger than one call can fetch (see the client's limits) returns the oldest
    /// part, never a part with a gap: the caller may move its cursor to the newest fill returned and read again. So a
    /// successful read with no fill after <paramref name="sinceMs"/> means there was none up to the moment of the read,
    /// and the caller may move its cursor up to then (the runtime does, less a margin, after quiet spells).
    /// </summary>
    Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct);

    Task<Result<ExchangeOrder>> PlaceOrderAsync(OrderRequest request, CancellationToken ct);

    Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct);

    Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken ct);

    /// <summary>The perpetual position, or null on spot or when flat.</summary>
    Task<Result<PerpPosition?>> GetPositionAsync(Symbol symbol, CancellationToken ct);

    /// <summary>
    /// Closed bars, oldest first (a venue's still-forming last bar is left out). <paramref name="interval"/> like
    /// <c>1m</c>, <c>15m</c>, <c>1h</c>. With <paramref name="startMs"/>: the first <paramref name="limit"/> bars opening
    /// at or after it (page forward from the last one); without: the newest <paramref name="limit"/>.
    /// </summary>
    Task<Result<IReadOnlyList<Bar>>> GetKlinesAsync(Symbol symbol, string interval, long? startMs, int limit, CancellationToken ct);
}
