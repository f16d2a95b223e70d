using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;
using static GridBot.Exchanges.Bybit.BybitEndpoints;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Fill reads. execution/list answers a start time alone with 7 days after it and refuses a wider range, so a read walks
/// <c>[since, now]</c> in 7-day windows (<see cref="FillWalk"/>), back to 180 days at most (26 windows; Bybit keeps
/// more, but a longer walk would not fit the request bound). Limits per read: <see cref="FillWalk.MaxRequests"/> pages
/// of 100 executions (or <see cref="RestOptions.PageSize"/>); every <c>nextPageCursor</c> is followed.
/// </summary>
public sealed partial class BybitExchange
{
    private static readonly TimeSpan FillHistory = TimeSpan.FromDays(180);

    public async Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct)
    {
        // The walk ends at the venue's present: measure its clock first (a fresh client has not yet).
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        return await FillWalk.ReadAsync(sinceMs, _rest.Clock.NowMs, BybitQueries.MaxExecutionRange, FillHistory,
            (start, end, budget) => ReadFillWindowAsync(symbol, start, end, budget, ct)).ConfigureAwait(false);
    }

    /// <summary>
    /// One window, following <c>nextPageCursor</c>. Pages come newest first, so a window cut short would lack its OLDEST
    /// fills and the caller's cursor would move past them: a window is returned whole or, out of budget, not at all.
    /// </summary>
    private async Task<Result<WindowRead<ExchangeFill>>> ReadFillWindowAsync(Symbol symbol, long startMs, long endMs, int budget, CancellationToken ct)
    {
        var limit = PageSize(BybitQueries.MaxExecutionsPerPage);
        var run = await ReadPagesAsync(
            cursor => RestCall.Get(Executions, BybitQueries.Executions(symbol, Market, startMs, endMs, cursor, limit)),
            r => BybitParsers.Fills(r, symbol, Market), budget, ct).ConfigureAwait(false);
        if (!run.IsSuccess)
        {
            return run.Error;
        }

        // Each page is oldest first already; the oldest page came last.
        return run.Value.Complete
            ? new WindowRead<ExchangeFill>([.. Enumerable.Reverse(run.Value.Pages).SelectMany(p => p)], run.Value.Requests, Complete: true)
            : new WindowRead<ExchangeFill>([], run.Value.Requests, Complete: false);
    }
}
