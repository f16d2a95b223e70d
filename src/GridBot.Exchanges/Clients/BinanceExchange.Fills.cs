using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Http;
using static GridBot.Exchanges.Binance.BinanceEndpoints;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Fill reads. Spot <c>myTrades</c> accepts at most 24 h between startTime and endTime, USDⓈ-M <c>userTrades</c> at most
/// 7 days and only the last 6 months; both answer a start time alone with one such window. So a read walks
/// <c>[since, now]</c> in those windows (<see cref="FillWalk"/>). Limits per read: <see cref="FillWalk.MaxRequests"/>
/// requests of up to 1 000 trades (or <see cref="RestOptions.PageSize"/>); history back to 180 days (futures: its 6 months) or 30 days (spot: a floor of ours,
/// so an all-empty walk is 31 requests of weight 20, not thousands).
/// </summary>
public sealed partial class BinanceExchange
{
    private const int TradesPerPage = 1000;

    private static readonly TimeSpan SpotFillHistory = TimeSpan.FromDays(30);
    private static readonly TimeSpan FuturesFillHistory = TimeSpan.FromDays(180);

    public async Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct)
    {
        // The walk ends at the venue's present: measure its clock first (a fresh client has not yet).
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        var width = Spot ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);
        var fills = await FillWalk.ReadAsync(sinceMs, _rest.Clock.NowMs, width, Spot ? SpotFillHistory : FuturesFillHistory,
            (start, end, budget) => ReadFillWindowAsync(symbol, start, end, budget, ct)).ConfigureAwait(false);
        if (!fills.IsSuccess || fills.Value.All(f => f.ClientOrderId.Length > 0))
        {
            return fills;
        }

        // Trades name the venue's order id only: learn the client ids of orders we have not seen.
        foreach (var orderId in fills.Value.Where(f => f.ClientOrderId.Length == 0).Select(f => f.ExchangeOrderId).Distinct())
        {
            if (!_clientIds.ContainsKey(orderId))
            {
                await LookUpByOrderIdAsync(symbol, orderId, ct).ConfigureAwait(false);
            }
        }

        return fills.Value.Select(f => f.ClientOrderId.Length == 0 && _clientIds.TryGetValue(f.ExchangeOrderId, out var id) ? f with { ClientOrderId = id } : f)
            .ToList();
    }

    /// <summary>
    /// One window, oldest first. A full page continues by <c>fromId</c> (last id + 1) rather than by time: trades of one
    /// millisecond can straddle pages, and ids rise with time. <c>fromId</c> cannot be combined with a time range, so
    /// such pages run past the window; the window is done at the first trade after its end or at a short page. Out of
    /// budget, the trades read so far are the window's oldest part without a gap.
    /// </summary>
    private async Task<Result<WindowRead<ExchangeFill>>> ReadFillWindowAsync(Symbol symbol, long startMs, long endMs, int budget, CancellationToken ct)
    {
        var fills = new List<ExchangeFill>();
        var pageSize = PageSize(TradesPerPage);
        var call = TradesCall(symbol, pageSize, ("startTime", Ms(startMs)), ("endTime", Ms(endMs)));
        long? fromId = null;
        for (var requests = 1; ; requests++)
        {
            var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
            var page = body.IsSuccess ? BinanceParsers.ParseFills(body.Value, symbol, _clientIds) : body.Error;
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            var inWindow = page.Value.Where(f => f.TimeMs >= startMs && f.TimeMs <= endMs).ToList();
            fills.AddRange(inWindow);
            if (page.Value.Count < pageSize || inWindow.Count < page.Value.Count)
            {
                return new WindowRead<ExchangeFill>(fills, requests, Complete: true);
            }

            // A trade id that does not move on would page the same trades for ever.
            if (requests >= budget || LastTradeId(page.Value) is not { } lastId || lastId + 1 <= fromId)
            {
                return new WindowRead<ExchangeFill>(fills, requests, Complete: false);
            }

            fromId = lastId + 1;
            call = TradesCall(symbol, pageSize, ("fromId", Ms(lastId + 1)));
        }
    }

    private RestCall TradesCall(Symbol symbol, int pageSize, params (string Key, string Value)[] range) =>
        RestCall.Of(Spot ? SpotMyTrades : FuturesUserTrades,
            [("symbol", symbol.Name), .. range, ("limit", pageSize.ToString(CultureInfo.InvariantCulture))]);

    private static long? LastTradeId(IReadOnlyList<ExchangeFill> page) =>
        page.Select(f => long.TryParse(f.TradeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null).Max();

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);
}
