using GridBot.Core.Errors;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Streaming;
using static GridBot.Exchanges.Binance.BinanceEndpoints;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// The USDⓈ-M listenKey calls (USER_STREAM: API key header, no signature). Spot retired its listenKey on 2026-02-20
/// (its user data comes over the WebSocket API, see <see cref="BinanceUserStream"/>), so on spot these are errors.
/// Failures come through the one Binance error table (-1125: the key does not exist).
/// </summary>
public sealed partial class BinanceExchange : IListenKeyApi
{
    public async Task<Result<string>> CreateListenKeyAsync(CancellationToken ct)
    {
        if (Spot)
        {
            return NoListenKeyOnSpot();
        }

        var body = await _rest.SendAsync(new RestCall(FuturesListenKeyCreate, []), ct).ConfigureAwait(false);
        return body.IsSuccess ? BinanceParsers.ParseListenKey(body.Value) : body.Error;
    }

    /// <summary>True once the venue extended the key (it answers <c>{"listenKey":…}</c>, older versions <c>{}</c>).</summary>
    public Task<Result<bool>> KeepAliveListenKeyAsync(CancellationToken ct) => SendListenKeyAsync(FuturesListenKeyKeepAlive, ct);

    /// <summary>Invalidates the account's listenKey: every stream on it stops, including other processes sharing the key.</summary>
    public Task<Result<bool>> CloseListenKeyAsync(CancellationToken ct) => SendListenKeyAsync(FuturesListenKeyClose, ct);

    private async Task<Result<bool>> SendListenKeyAsync(Endpoint endpoint, CancellationToken ct)
    {
        if (Spot)
        {
            return NoListenKeyOnSpot();
        }

        var body = await _rest.SendAsync(new RestCall(endpoint, []), ct).ConfigureAwait(false);
        return body.IsSuccess ? Result<bool>.Ok(true) : body.Error;
    }

    private static Error NoListenKeyOnSpot() =>
        new(ErrorKind.Other, "Spot", "Binance spot has no listenKey since 2026-02-20: use the WebSocket API user data stream");
}
