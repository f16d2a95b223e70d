using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// Binance REST endpoints as data. Weights are the documented IP request weights for the form we call (one symbol,
/// default or maximum <c>limit</c>); where a weight depends on parameters we take the largest we send. Order
/// placement is flagged <see cref="Endpoint.IsOrder"/>: it also counts against the ORDERS limits (a cancel does not,
/// see api-facts 1.10).
/// </summary>
public static class BinanceEndpoints
{
    // ---- Spot, /api/v3 ----
    public static readonly Endpoint SpotPing = new(HttpMethod.Get, "/api/v3/ping", 1, Signed: false);

    public static readonly Endpoint SpotTime = new(HttpMethod.Get, "/api/v3/time", 1, Signed: false);

    public static readonly Endpoint SpotExchangeInfo = new(HttpMethod.Get, "/api/v3/exchangeInfo", 20, Signed: false);

    /// <summary>Weight 2 with one symbol (4 without): we always send the symbol.</summary>
    public static readonly Endpoint SpotBookTicker = new(HttpMethod.Get, "/api/v3/ticker/bookTicker", 2, Signed: false);

    /// <summary>Weight 2 with one symbol (4 without).</summary>
    public static readonly Endpoint SpotPriceTicker = new(HttpMethod.Get, "/api/v3/ticker/price", 2, Signed: false);

    public static readonly Endpoint SpotKlines = new(HttpMethod.Get, "/api/v3/klines", 2, Signed: false);

    public static readonly Endpoint SpotNewOrder = new(HttpMethod.Post, "/api/v3/order", 1, Signed: true, IsOrder: true);

    public static readonly Endpoint SpotQueryOrder = new(HttpMethod.Get, "/api/v3/order", 4, Signed: true);

    public static readonly Endpoint SpotCancelOrder = new(HttpMethod.Delete, "/api/v3/order", 1, Signed: true);

    /// <summary>Weight 6 with one symbol; 80 without (we always send the symbol).</summary>
    public static readonly Endpoint SpotOpenOrders = new(HttpMethod.Get, "/api/v3/openOrders", 6, Signed: true);

    /// <summary>Weight 20 (5 when queried by orderId): we query by symbol and start time.</summary>
    public static readonly Endpoint SpotMyTrades = new(HttpMethod.Get, "/api/v3/myTrades", 20, Signed: true);

    public static readonly Endpoint SpotAccount = new(HttpMethod.Get, "/api/v3/account", 20, Signed: true);

    /// <summary>Every order of one symbol, any status (weight 20); pages by time range (24 h at most) or from an orderId.</summary>
    public static readonly Endpoint SpotAllOrders = new(HttpMethod.Get, "/api/v3/allOrders", 20, Signed: true);

    // ---- USDⓈ-M futures, /fapi ----
    public static readonly Endpoint FuturesTime = new(HttpMethod.Get, "/fapi/v1/time", 1, Signed: false);

    public static readonly Endpoint FuturesExchangeInfo = new(HttpMethod.Get, "/fapi/v1/exchangeInfo", 1, Signed: false);

    /// <summary>Weight 2 with one symbol (5 without).</summary>
    public static readonly Endpoint FuturesBookTicker = new(HttpMethod.Get, "/fapi/v1/ticker/bookTicker", 2, Signed: false);

    /// <summary>
    /// The weight grows with <c>limit</c> (1 below 100, 2 below 500, 5 up to 1000, 10 above); 5 covers every limit we
    /// send (≤ 1000). <see cref="FuturesKlinesWeight"/> gives the exact figure.
    /// </summary>
    public static readonly Endpoint FuturesKlines = new(HttpMethod.Get, "/fapi/v1/klines", 5, Signed: false);

    /// <summary>
    /// The docs give weight 0 on the IP limit (1 on the 10 s and 1 min order limits); we charge 1 to stay conservative.
    /// </summary>
    public static readonly Endpoint FuturesNewOrder = new(HttpMethod.Post, "/fapi/v1/order", 1, Signed: true, IsOrder: true);

    public static readonly Endpoint FuturesQueryOrder = new(HttpMethod.Get, "/fapi/v1/order", 1, Signed: true);

    public static readonly Endpoint FuturesCancelOrder = new(HttpMethod.Delete, "/fapi/v1/order", 1, Signed: true);

    /// <summary>Weight 1 with one symbol; 40 without.</summary>
    public static readonly Endpoint FuturesOpenOrders = new(HttpMethod.Get, "/fapi/v1/openOrders", 1, Signed: true);

    public static readonly Endpoint FuturesUserTrades = new(HttpMethod.Get, "/fapi/v1/userTrades", 5, Signed: true);

    /// <summary>Every order of one symbol, any status (weight 5); pages by time range (7 days at most) or from an orderId.</summary>
    public static readonly Endpoint FuturesAllOrders = new(HttpMethod.Get, "/fapi/v1/allOrders", 5, Signed: true);

    public static readonly Endpoint FuturesBalance = new(HttpMethod.Get, "/fapi/v2/balance", 5, Signed: true);

    public static readonly Endpoint FuturesPositionRisk = new(HttpMethod.Get, "/fapi/v2/positionRisk", 5, Signed: true);

    public static readonly Endpoint FuturesLeverage = new(HttpMethod.Post, "/fapi/v1/leverage", 1, Signed: true);

    public static readonly Endpoint FuturesPositionMode = new(HttpMethod.Get, "/fapi/v1/positionSide/dual", 30, Signed: true);

    /// <summary>
    /// USER_STREAM (key header, no signature): creates the user data stream's listenKey, or returns the active one
    /// and extends it by 60 minutes.
    /// </summary>
    public static readonly Endpoint FuturesListenKeyCreate = new(HttpMethod.Post, "/fapi/v1/listenKey", 1, Signed: false, ApiKeyOnly: true);

    /// <summary>USER_STREAM: extends the active listenKey by 60 minutes; -1125 when it no longer exists.</summary>
    public static readonly Endpoint FuturesListenKeyKeepAlive = new(HttpMethod.Put, "/fapi/v1/listenKey", 1, Signed: false, ApiKeyOnly: true);

    /// <summary>USER_STREAM: closes the stream and invalidates the listenKey.</summary>
    public static readonly Endpoint FuturesListenKeyClose = new(HttpMethod.Delete, "/fapi/v1/listenKey", 1, Signed: false, ApiKeyOnly: true);

    /// <summary>The documented weight of <c>GET /fapi/v1/klines</c> for <paramref name="limit"/> bars.</summary>
    public static int FuturesKlinesWeight(int limit) => limit switch
    {
        < 100 => 1,
        < 500 => 2,
        <= 1000 => 5,
        _ => 10,
    };
}
