using GridBot.Core.Errors;

namespace GridBot.Exchanges.Streaming;

/// <summary>
/// The REST half of a listenKey user data stream (Binance USDⓈ-M futures): <see cref="BinanceFuturesUserStream"/> asks
/// for the key before every connection and keeps it alive. <see cref="Clients.BinanceExchange"/> implements it.
/// </summary>
public interface IListenKeyApi
{
    /// <summary>The account's active listenKey (created when there is none), valid for another 60 minutes.</summary>
    Task<Result<string>> CreateListenKeyAsync(CancellationToken ct);

    /// <summary>Extends the active listenKey by 60 minutes; error code -1125 when it no longer exists.</summary>
    Task<Result<bool>> KeepAliveListenKeyAsync(CancellationToken ct);
}
