using GridBot.Core.Market;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Bybit;

/// <summary>
/// The Bybit v5 endpoints the bot uses. Bybit has no request weights: each private endpoint has its own per-UID limit
/// per rolling second (<see cref="PerSecondLimit"/>; exceeding it gives retCode 10006), and all traffic from one IP
/// shares <see cref="IpLimitRequests"/> per <see cref="IpLimitWindow"/> (exceeding it gives HTTP 403 and a ban of at
/// least 10 minutes). Weight is therefore 1 everywhere.
/// </summary>
public static class BybitEndpoints
{
    public const int IpLimitRequests = 600;

    public static readonly TimeSpan IpLimitWindow = TimeSpan.FromSeconds(5);

    public static readonly Endpoint ServerTime = new(HttpMethod.Get, "/v5/market/time", 1, Signed: false);
    public static readonly Endpoint InstrumentsInfo = new(HttpMethod.Get, "/v5/market/instruments-info", 1, Signed: false);
    public static readonly Endpoint Tickers = new(HttpMethod.Get, "/v5/market/tickers", 1, Signed: false);
    public static readonly Endpoint Kline = new(HttpMethod.Get, "/v5/market/kline", 1, Signed: false);

    public static readonly Endpoint CreateOrder = new(HttpMethod.Post, "/v5/order/create", 1, Signed: true, IsOrder: true);
    public static readonly Endpoint CancelOrder = new(HttpMethod.Post, "/v5/order/cancel", 1, Signed: true, IsOrder: true);

    /// <summary>Open orders, and a single recent order by <c>orderLinkId</c> (also closed ones, for a while).</summary>
    public static readonly Endpoint RealtimeOrders = new(HttpMethod.Get, "/v5/order/realtime", 1, Signed: true);
    public static readonly Endpoint OrderHistory = new(HttpMethod.Get, "/v5/order/history", 1, Signed: true);
    public static readonly Endpoint Executions = new(HttpMethod.Get, "/v5/execution/list", 1, Signed: true);
    public static readonly Endpoint WalletBalance = new(HttpMethod.Get, "/v5/account/wallet-balance", 1, Signed: true);
    public static readonly Endpoint Positions = new(HttpMethod.Get, "/v5/position/list", 1, Signed: true);
    public static readonly Endpoint SetLeverage = new(HttpMethod.Post, "/v5/position/set-leverage", 1, Signed: true);

    public static IReadOnlyList<Endpoint> All { get; } =
    [
        ServerTime, InstrumentsInfo, Tickers, Kline, CreateOrder, CancelOrder, RealtimeOrders, OrderHistory, Executions,
        WalletBalance, Positions, SetLeverage,
    ];

    /// <summary>
    /// Default per-UID requests per second for a unified trading account (docs/v5/rate-limit.mdx, "UTA Pro" tables; VIP
    /// tiers may be higher), or null for public market endpoints, which only count against the IP limit. Order
    /// create/cancel: linear 10/s, spot 20/s (api-facts 3.6). The live limit is in the <c>X-Bapi-Limit</c> header.
    /// </summary>
    public static int? PerSecondLimit(Endpoint endpoint, MarketType market) => endpoint.Path switch
    {
        "/v5/order/create" or "/v5/order/cancel" => market == MarketType.Spot ? 20 : 10,
        "/v5/order/realtime" or "/v5/order/history" or "/v5/execution/list" => 50,
        "/v5/account/wallet-balance" or "/v5/position/list" => 50,
        "/v5/position/set-leverage" => 10,
        _ => null,
    };
}
