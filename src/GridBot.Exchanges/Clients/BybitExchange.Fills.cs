using System.Text.Json;
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
/// of 100 executions.
/// </summary>
public sealed partial class BybitExchange
{
    private static readonly TimeSpan FillHistory = TimeSpan.FromDays(180);

    public async Task<Result<IReadOnlyList<ExchangeFill>>> GetFillsSinceAsync(Symbol symbol, long sinceMs, CancellationToken ct) =>
        await FillWalk.ReadAsync(sinceMs, _rest.Clock.NowMs, BybitQueries.MaxExecutionRange, FillHistory,
            (start, end, budget) => ReadFillWindowAsync(symbol, start, end, budget, ct)).ConfigureAwait(false);

    /// <summary>
    /// One window, following <c>nextPageCursor</c>. Pages come newest first, so a window cut short would lack its OLDEST
    /// fills and the caller's cursor would move past them: a window is returned whole or, out of budget, not at all.
    /// </summary>
    private async Task<Result<FillWindowRead>> ReadFillWindowAsync(Symbol symbol, long startMs, long endMs, int budget, CancellationToken ct)
    {
        var pages = new List<IReadOnlyList<ExchangeFill>>();
        var seenCursors = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        for (var requests = 1; ; requests++)
        {
            var call = RestCall.Get(Executions, BybitQueries.Executions(symbol, Market, startMs, endMs, cursor));
            var page = await ReadAsync(call, r => BybitParsers.Fills(r, symbol, Market).Map(f => (Fills: f, Next: NextPageCursor(r))), ct)
                .ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            pages.Add(page.Value.Fills);
            cursor = page.Value.Next;
            if (string.IsNullOrEmpty(cursor))
            {
                // Each page is oldest first already; the oldest page came last.
                return new FillWindowRead([.. Enumerable.Reverse(pages).SelectMany(p => p)], requests, Complete: true);
            }

            if (requests >= budget || !seenCursors.Add(cursor))
            {
                return new FillWindowRead([], requests, Complete: false);
            }
        }
    }

    private static string? NextPageCursor(JsonElement result) =>
        result.ValueKind == JsonValueKind.Object && result.TryGetProperty("nextPageCursor", out var cursor) &&
        cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
}
