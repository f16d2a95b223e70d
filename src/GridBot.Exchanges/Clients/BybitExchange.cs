using System.Runtime.CompilerServices;
using System.Text.Json;
using GridBot.Core.Common;
using GridBot.Core.Configuration;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;
using static GridBot.Exchanges.Bybit.BybitEndpoints;

namespace GridBot.Exchanges.Clients;

/// <summary>Bybit v5 spot or linear (USDT perpetual, one-way mode) as an <see cref="IExchange"/>.</summary>
public sealed partial class BybitExchange(MarketType market, RestPipeline rest, TimeProvider time) : IExchange, IPerpAccount, IKlineHistory
{
    /// <summary>Bybit's answer to setting the leverage it already has.</summary>
    private const string LeverageNotModified = "110043";

    private readonly RestPipeline _rest = Guard.NotNull(rest);
    private readonly TimeProvider _time = Guard.NotNull(time);
    private readonly PreTradeScreen _screen = new();

    public Venue Venue => Venue.Bybit;

    public MarketType Market { get; } = market;

    /// <summary>The venue clock this client keeps in sync; share it with the streams that sign with venue time.</summary>
    public ServerClock Clock => _rest.Clock;

    public async Task<Result<SymbolRules>> GetRulesAsync(Symbol symbol, CancellationToken ct)
    {
        var rules = await ReadAsync(RestCall.Get(InstrumentsInfo, BybitQueries.InstrumentsInfo(symbol, Market)), r => BybitParsers.PreTradeRules(r, symbol, Market), ct)
            .ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            return rules.Error;
        }

        _screen.Remember(rules.Value);
        return rules.Value.Rules;
    }

    public async Task<Result<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken ct) =>
        await ReadAsync(RestCall.Get(Tickers, BybitQueries.Tickers(symbol, Market)), r => BybitParsers.Ticker(r, symbol, _time.GetUtcNow().ToUnixTimeMilliseconds()), ct)
            .ConfigureAwait(false);

    public async Task<Result<ExchangeOrder>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct)
    {
        // Open and recent orders are in realtime; finished ones move to history.
        foreach (var endpoint in new[] { RealtimeOrders, OrderHistory })
        {
            var orders = await ReadAsync(RestCall.Get(endpoint, BybitQueries.OrderByLinkId(symbol, Market, clientOrderId)), r => BybitParsers.Orders(r, symbol), ct)
                .ConfigureAwait(false);
            if (!orders.IsSuccess)
            {
                return orders.Error;
            }

            if (orders.Value.FirstOrDefault(o => o.ClientOrderId == clientOrderId) is { } order)
            {
                return order;
            }
        }

        return new Error(ErrorKind.UnknownOrder, "110001", $"Bybit has no order with orderLinkId {clientOrderId}");
    }

    public async Task<Result<ExchangeOrder>> PlaceOrderAsync(OrderRequest request, CancellationToken ct)
    {
        Guard.NotNull(request);
        if (await _screen.CheckAsync(request, "10001", GetRulesAsync, ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var placed = await _rest.SendAsync(RestCall.Post(CreateOrder, BybitOrderBody.For(request, Market)), ct).ConfigureAwait(false);
        if (!placed.IsSuccess)
        {
            return placed.Error;
        }

        // The create ack only says "accepted"; the order's state comes from a query (Bybit's documented practice).
        var order = await GetOrderAsync(request.Symbol, request.ClientOrderId, ct).ConfigureAwait(false);
        return order.IsSuccess ? order : new ExchangeOrder(request.Symbol, request.ClientOrderId, string.Empty, request.Side, request.Type, request.Price,
            request.Quantity, 0m, OrderStatus.New, Clock.NowMs);
    }

    public async Task<Result<ExchangeOrder>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken ct)
    {
        var cancelled = await _rest.SendAsync(RestCall.Post(CancelOrder, BybitOrderBody.Cancel(symbol, clientOrderId, Market)), ct).ConfigureAwait(false);
        return cancelled.IsSuccess ? await GetOrderAsync(symbol, clientOrderId, ct).ConfigureAwait(false) : cancelled.Error;
    }

    public async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken ct) =>
        await ReadAsync(RestCall.Get(WalletBalance, BybitQueries.WalletBalance()), BybitParsers.Balances, ct).ConfigureAwait(false);

    public async Task<Result<PerpPosition?>> GetPositionAsync(Symbol symbol, CancellationToken ct) =>
        Market == MarketType.Spot
            ? Result<PerpPosition?>.Ok(null)
            : await ReadAsync(RestCall.Get(Positions, BybitQueries.Positions(symbol)), r => BybitParsers.Position(r, symbol), ct).ConfigureAwait(false);

    /// <summary>
    /// The forming bar is told by the venue's clock, so it is measured first (klines are public: no signed call may
    /// have done it). Bybit answers the NEWEST <c>limit</c> bars in [start, end]; with a start, the request also sends
    /// <c>end = start + limit bars</c>, so the answer is the first bars from the start, as the port (and Binance) has it.
    /// </summary>
    public async Task<Result<IReadOnlyList<Bar>>> GetKlinesAsync(Symbol symbol, string interval, long? startMs, int limit, CancellationToken ct)
    {
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        var bybitInterval = BybitParsers.KlineInterval(interval);
        if (!bybitInterval.IsSuccess)
        {
            return bybitInterval.Error;
        }

        limit = Math.Clamp(limit, 1, 1000);
        long? endMs = startMs is { } start && Timeframe.TryParse(interval, out var timeframe)
            ? start + (limit * (long)timeframe.Duration.TotalMilliseconds) - 1
            : null;
        var bars = await RawKlinesAsync(symbol, bybitInterval.Value, startMs, endMs, limit, ct).ConfigureAwait(false);
        return bars.Map(b => ClosedBars.Only(b, interval, Clock.NowMs));
    }

    /// <summary>
    /// Backward: each request asks for the newest bars in [from, end]; the next page ends before the oldest bar received,
    /// and a page shorter than asked is the last (nothing older in the range).
    /// </summary>
    public async IAsyncEnumerable<Result<IReadOnlyList<Bar>>> KlinePagesAsync(
        Symbol symbol, string interval, long fromMs, long toMs, [EnumeratorCancellation] CancellationToken ct)
    {
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        var bybitInterval = BybitParsers.KlineInterval(interval);
        if (!bybitInterval.IsSuccess)
        {
            yield return bybitInterval.Error;
            yield break;
        }

        var end = toMs - 1;
        while (end >= fromMs)
        {
            var last = end;
            var raw = await KlinePaging.WithRetriesAsync(() => RawKlinesAsync(symbol, bybitInterval.Value, fromMs, last, IKlineHistory.PageSize, ct), _time, ct).ConfigureAwait(false);
            if (!raw.IsSuccess)
            {
                yield return raw;
                yield break;
            }

            var bars = KlinePaging.InRange(raw.Value, interval, Clock.NowMs, fromMs, last + 1);
            if (bars.Length > 0)
            {
                yield return bars;
            }

            if (raw.Value.Count < IKlineHistory.PageSize || raw.Value.Count == 0 || raw.Value[0].OpenTimeMs > last)
            {
                yield break;
            }

            end = raw.Value[0].OpenTimeMs - 1;
        }
    }

    private Task<Result<IReadOnlyList<Bar>>> RawKlinesAsync(Symbol symbol, string bybitInterval, long? startMs, long? endMs, int limit, CancellationToken ct) =>
        ReadAsync(RestCall.Get(Kline, BybitQueries.Kline(symbol, Market, bybitInterval, startMs, limit, endMs)), BybitParsers.Klines, ct);

    /// <summary>Succeeds when the leverage is already <paramref name="leverage"/> (retCode 110043 "Set leverage not modified").</summary>
    public async Task<Result<int>> SetLeverageAsync(Symbol symbol, int leverage, CancellationToken ct)
    {
        if (Market == MarketType.Spot)
        {
            return new Error(ErrorKind.Other, "Spot", "leverage applies to perpetuals only");
        }

        var result = await _rest.SendAsync(RestCall.Post(SetLeverage, BybitOrderBody.SetLeverage(symbol, leverage)), ct).ConfigureAwait(false);
        return result.IsSuccess || result.Error.Code == LeverageNotModified ? leverage : result.Error;
    }

    /// <summary>One-way mode lists a single entry with positionIdx 0 per symbol; hedge mode lists positionIdx 1 and 2.</summary>
    public async Task<Result<bool>> IsOneWayModeAsync(Symbol symbol, CancellationToken ct) =>
        Market == MarketType.Spot
            ? new Error(ErrorKind.Other, "Spot", "position mode applies to perpetuals only")
            : await ReadAsync(RestCall.Get(Positions, BybitQueries.Positions(symbol)), r => BybitParsers.IsOneWayMode(r, symbol), ct).ConfigureAwait(false);

    private async Task<Result<T>> ReadAsync<T>(RestCall call, Func<JsonElement, Result<T>> parse, CancellationToken ct)
    {
        var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
        if (!body.IsSuccess)
        {
            return body.Error;
        }

        var envelope = BybitErrors.ReadEnvelope(200, body.Value);
        return envelope.IsSuccess ? parse(envelope.Value.Result) : envelope.Error;
    }
}
