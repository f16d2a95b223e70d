using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;
using static GridBot.Exchanges.Bybit.BybitEndpoints;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Order lists, every page of them: open orders (order/realtime) follow <c>nextPageCursor</c> to the end or fail (a list
/// cut short would hide resting orders); the history (order/history, at most 7 days per request) walks 7-day windows
/// (<see cref="WindowWalk"/>), each read whole.
/// </summary>
public sealed partial class BybitExchange : IOrderHistory
{
    /// <summary>
    /// Pages per open-order read: 50 a page covers Bybit's 500 active orders per symbol ten times over; a venue paging by 2
    /// still gives 200.
    /// </summary>
    public const int MaxOpenOrderPages = 100;

    private static readonly TimeSpan OrderHistoryFloor = TimeSpan.FromDays(30);

    public async Task<Result<IReadOnlyList<ExchangeOrder>>> GetOpenOrdersAsync(Symbol symbol, CancellationToken ct)
    {
        var limit = PageSize(BybitQueries.MaxOrdersPerPage);
        var run = await ReadPagesAsync(
            cursor => RestCall.Get(RealtimeOrders, BybitQueries.OpenOrders(symbol, Market, cursor, limit)),
            r => BybitParsers.Orders(r, symbol), MaxOpenOrderPages, ct).ConfigureAwait(false);
        if (!run.IsSuccess)
        {
            return run.Error;
        }

        return run.Value.Complete
            ? run.Value.Pages.SelectMany(p => p).DistinctBy(o => o.ExchangeOrderId).ToList()
            : new Error(ErrorKind.Other, "OpenOrdersIncomplete",
                $"Bybit open orders of {symbol.Name} did not end within {MaxOpenOrderPages} pages (or a page cursor repeated)");
    }

    public async Task<Result<IReadOnlyList<ExchangeOrder>>> GetOrderHistoryAsync(Symbol symbol, long sinceMs, CancellationToken ct)
    {
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        var orders = await WindowWalk.ReadAsync(sinceMs, _rest.Clock.NowMs, BybitQueries.MaxOrderHistoryRange, OrderHistoryFloor,
            (start, end, budget) => ReadOrderWindowAsync(symbol, start, end, budget, ct), "OrderHistoryTooLarge").ConfigureAwait(false);
        return orders.IsSuccess ? orders.Value.DistinctBy(o => o.ExchangeOrderId).ToList() : orders.Error;
    }

    /// <summary>One window, every page (newest first, so a window is returned whole or, out of budget, not at all).</summary>
    private async Task<Result<WindowRead<ExchangeOrder>>> ReadOrderWindowAsync(Symbol symbol, long startMs, long endMs, int budget, CancellationToken ct)
    {
        var limit = PageSize(BybitQueries.MaxOrdersPerPage);
        var run = await ReadPagesAsync(
            cursor => RestCall.Get(OrderHistory, BybitQueries.OrderHistory(symbol, Market, startMs, endMs, cursor, limit)),
            r => BybitParsers.Orders(r, symbol), budget, ct).ConfigureAwait(false);
        if (!run.IsSuccess)
        {
            return run.Error;
        }

        return run.Value.Complete
            ? new WindowRead<ExchangeOrder>([.. Enumerable.Reverse(run.Value.Pages).SelectMany(p => Enumerable.Reverse(p))], run.Value.Requests, Complete: true)
            : new WindowRead<ExchangeOrder>([], run.Value.Requests, Complete: false);
    }
}
