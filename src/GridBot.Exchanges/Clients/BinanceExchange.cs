using System.Runtime.CompilerServices;
using System.Collections.Concurrent;
using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Http;
using static GridBot.Exchanges.Binance.BinanceEndpoints;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Binance spot (<c>/api/v3</c>) or USDⓈ-M futures (<c>/fapi</c>, one-way mode) as an <see cref="IExchange"/>.
/// Symbol rules come from exchangeInfo (which also sets the rate limits); placements carry the bot's client order id
/// so a retry after an unknown outcome is refused by Binance as a duplicate instead of doubling the order.
/// </summary>
public sealed partial class BinanceExchange : IExchange, IPerpAccount, IKlineHistory
{
    private readonly RestPipeline _rest;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, string> _clientIds = new(StringComparer.Ordinal);
    private readonly PreTradeScreen _screen = new();

    public BinanceExchange(MarketType market, RestPipeline rest, TimeProvider time)
    {
        Market = market;
        _rest = Guard.NotNull(rest);
        _time = Guard.NotNull(time);
    }

    public Venue Venue => Venue.Binance;

    public MarketType Market { get; }

    /// <summary>The venue clock this client keeps in sync; share it with the streams that sign with venue time.</summary>
    public ServerClock Clock => _rest.Clock;

    private bool Spot => Market == MarketType.Spot;

    public async Task<Result<SymbolRules>> GetRulesAsync(Symbol symbol, CancellationToken ct)
    {
        var body = await _rest.SendAsync(RestCall.Of(Spot ? SpotExchangeInfo : FuturesExchangeInfo, ("symbol", symbol.Name)), ct).ConfigureAwait(false);
        if (!body.IsSuccess)
        {
            return body.Error;
        }

        var limits = BinanceParsers.ParseRateLimits(body.Value);
        if (limits.IsSuccess && limits.Value.Count > 0)
        {
            _rest.Limiter.Configure(ToRules(limits.Value));
        }

        var info = BinanceParsers.ParseSymbolInfo(body.Value, symbol);
        if (!info.IsSuccess)
        {
            return info.Error;
        }

        var i = info.Value;
        _screen.Remember(new PreTradeRules(i.Rules, i.Status, i.IsTrading, i.MinPrice, i.MaxPrice,
            i.MarketLotSize?.MinQuantity ?? 0m, i.MarketLotSize?.MaxQuantity, i.MarketLotSize?.StepSize));
        return i.Rules;
    }

    public async Task<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken ct)
    {
        var body = await _rest.SendAsync(RestCall.Of(Spot ? SpotBookTicker : FuturesBookTicker, ("symbol", symbol.Name)), ct).ConfigureAwait(false);
        return body.IsSuccess ? BinanceParsers.ParseBookTicker(body.Value, symbol, _time.GetUtcNow().ToUnixTimeMilliseconds()) : body.Error;
    }

    public async Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken ct)
    {
        var body = await _rest.SendAsync(RestCall.Of(Spot ? SpotOpenOrders : FuturesOpenOrders, ("symbol", symbol.Name)), ct).ConfigureAwait(false);
        return body.IsSuccess ? Remember(BinanceParsers.ParseOrders(body.Value, symbol)) : body.Error;
    }

    public async Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct)
    {
        var call = RestCall.Of(Spot ? SpotQueryOrder : FuturesQueryOrder, ("symbol", symbol.Name), ("origClientOrderId", clientOrderId));
        var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
        return body.IsSuccess ? Remember(BinanceParsers.ParseOrder(body.Value, symbol)) : body.Error;
    }

    public async Task<Result<ExchangeOrder>> PlaceOrderAsync(OrderRequest request, CancellationToken ct)
    {
        Guard.NotNull(request);
        if (await _screen.CheckAsync(request, "-1100", GetRulesAsync, ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var call = new RestCall(Spot ? SpotNewOrder : FuturesNewOrder, BinanceOrderParams.For(request, Market));
        var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
        return body.IsSuccess ? Remember(BinanceParsers.ParseOrder(body.Value, request.Symbol)) : body.Error;
    }

    public async Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct)
    {
        var call = RestCall.Of(Spot ? SpotCancelOrder : FuturesCancelOrder, ("symbol", symbol.Name), ("origClientOrderId", clientOrderId));
        var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
        return body.IsSuccess ? Remember(BinanceParsers.ParseOrder(body.Value, symbol)) : body.Error;
    }

    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken ct)
    {
        var body = await _rest.SendAsync(new RestCall(Spot ? SpotAccount : FuturesBalance, []), ct).ConfigureAwait(false);
        return !body.IsSuccess ? body.Error : Spot ? BinanceParsers.ParseSpotBalances(body.Value) : BinanceParsers.ParseFuturesBalances(body.Value);
    }

    public async Task<Result<PerpPosition?>> GetPositionAsync(Symbol symbol, CancellationToken ct)
    {
        if (Spot)
        {
            return Result<PerpPosition?>.Ok(null);
        }

        var body = await _rest.SendAsync(RestCall.Of(FuturesPositionRisk, ("symbol", symbol.Name)), ct).ConfigureAwait(false);
        return body.IsSuccess ? BinanceParsers.ParsePosition(body.Value, symbol) : body.Error;
    }

    /// <summary>The forming bar is told by the venue's clock, so it is measured first (klines are public: no signed call may have done it).</summary>
    public async Task<Result<IReadOnlyList<Bar>>> GetKlinesAsync(Symbol symbol, string interval, long? startMs, int limit, CancellationToken ct)
    {
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        var raw = await RawKlinesAsync(symbol, interval, startMs, null, limit, ct).ConfigureAwait(false);
        return raw.Map(bars => ClosedBars.Only(bars, interval, Clock.NowMs));
    }

    /// <summary>Forward: each request asks for the first bars in [cursor, to); a page shorter than asked is the last.</summary>
    public async IAsyncEnumerable<Result<IReadOnlyList<Bar>>> KlinePagesAsync(
        Symbol symbol, string interval, long fromMs, long toMs, [EnumeratorCancellation] CancellationToken ct)
    {
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        var cursor = fromMs;
        while (cursor < toMs)
        {
            var from = cursor;
            var raw = await KlinePaging.WithRetriesAsync(() => RawKlinesAsync(symbol, interval, from, toMs - 1, IKlineHistory.PageSize, ct), _time, ct).ConfigureAwait(false);
            if (!raw.IsSuccess)
            {
                yield return raw;
                yield break;
            }

            var bars = KlinePaging.InRange(raw.Value, interval, Clock.NowMs, from, toMs);
            if (bars.Length == 0)
            {
                yield break;
            }

            yield return bars;
            if (raw.Value.Count < IKlineHistory.PageSize)
            {
                yield break;
            }

            cursor = bars[^1].OpenTimeMs + 1;
        }
    }

    private async Task<Result<IReadOnlyList<Bar>>> RawKlinesAsync(Symbol symbol, string interval, long? startMs, long? endMs, int limit, CancellationToken ct)
    {
        var parameters = new List<(string, string)> { ("symbol", symbol.Name), ("interval", interval), ("limit", Math.Clamp(limit, 1, 1000).ToString(CultureInfo.InvariantCulture)) };
        if (startMs is { } start)
        {
            parameters.Add(("startTime", start.ToString(CultureInfo.InvariantCulture)));
        }

        if (endMs is { } end)
        {
            parameters.Add(("endTime", end.ToString(CultureInfo.InvariantCulture)));
        }

        var body = await _rest.SendAsync(RestCall.Of(Spot ? SpotKlines : FuturesKlines, [.. parameters]), ct).ConfigureAwait(false);
        return body.IsSuccess ? BinanceParsers.ParseKlines(body.Value) : body.Error;
    }

    /// <summary>Futures only: sets the symbol's leverage.</summary>
    public async Task<Result<int>> SetLeverageAsync(Symbol symbol, int leverage, CancellationToken ct)
    {
        if (Spot)
        {
            return new Error(ErrorKind.Other, "Spot", "leverage applies to perpetuals only");
        }

        var call = RestCall.Of(FuturesLeverage, ("symbol", symbol.Name), ("leverage", leverage.ToString(CultureInfo.InvariantCulture)));
        var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
        return body.IsSuccess ? BinanceParsers.ParseLeverage(body.Value) : body.Error;
    }

    /// <summary>Futures only: <c>positionSide/dual</c> (account-wide) is false in one-way mode.</summary>
    public async Task<Result<bool>> IsOneWayModeAsync(Symbol symbol, CancellationToken ct)
    {
        if (Spot)
        {
            return new Error(ErrorKind.Other, "Spot", "position mode applies to perpetuals only");
        }

        var body = await _rest.SendAsync(new RestCall(FuturesPositionMode, []), ct).ConfigureAwait(false);
        if (!body.IsSuccess)
        {
            return body.Error;
        }

        var dual = BinanceParsers.ParseHedgeMode(body.Value);
        return dual.IsSuccess ? !dual.Value : dual.Error;
    }

    private async Task LookUpByOrderIdAsync(Symbol symbol, string orderId, CancellationToken ct)
    {
        var call = RestCall.Of(Spot ? SpotQueryOrder : FuturesQueryOrder, ("symbol", symbol.Name), ("orderId", orderId));
        var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
        if (body.IsSuccess)
        {
            Remember(BinanceParsers.ParseOrder(body.Value, symbol));
        }
    }

    private Result<ExchangeOrder> Remember(Result<ExchangeOrder> order)
    {
        if (order.IsSuccess)
        {
            _clientIds[order.Value.ExchangeOrderId] = order.Value.ClientOrderId;
        }

        return order;
    }

    private Result<IReadOnlyList<ExchangeOrder>> Remember(Result<IReadOnlyList<ExchangeOrder>> orders)
    {
        if (orders.IsSuccess)
        {
            foreach (var o in orders.Value)
            {
                _clientIds[o.ExchangeOrderId] = o.ClientOrderId;
            }
        }

        return orders;
    }

    private static IEnumerable<RateLimitRule> ToRules(IReadOnlyList<BinanceRateLimit> limits) =>
        limits.Where(l => l.Window is not null && l.Type is BinanceRateLimit.RequestWeight or BinanceRateLimit.Orders)
            .Select(l => new RateLimitRule(l.Type == BinanceRateLimit.Orders ? RateLimitKind.Orders : RateLimitKind.Weight, l.Window!.Value, l.Limit));
}
