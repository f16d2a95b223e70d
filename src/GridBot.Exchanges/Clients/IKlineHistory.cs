using GridBot.Core.Errors;
using GridBot.Core.Market;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// A venue's closed bars over a time range, one request per page, in the order the venue pages them: Binance from the
/// oldest page (it answers the first bars from a start), Bybit from the newest (it answers the newest bars before an
/// end). Each page is oldest first and holds only closed bars with open time in [from, to); the sequence ends when the
/// venue has nothing more in the range (so a range before a listing costs one request), or with a page's error. A
/// transient failure (network, 5xx, 429) is tried twice more before it ends the sequence: a kline read is idempotent.
/// </summary>
public interface IKlineHistory
{
    /// <summary>Both venues answer at most 1000 bars per kline request (Binance spot and Bybit; Binance futures allows 1500).</summary>
    public const int PageSize = 1000;

    IAsyncEnumerable<Result<IReadOnlyList<Bar>>> KlinePagesAsync(Symbol symbol, string interval, long fromMs, long toMs, CancellationToken ct);
}

/// <summary>The retry and range rules both venues' pagers share.</summary>
internal static class KlinePaging
{
    public static async Task<Result<IReadOnlyList<Bar>>> WithRetriesAsync(Func<Task<Result<IReadOnlyList<Bar>>>> read, TimeProvider time, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var page = await read().ConfigureAwait(false);
            if (page.IsSuccess || !page.Error.IsTransient || attempt == 3)
            {
                return page;
            }

            // A 429 also holds the client's limiter until the venue's Retry-After, which the next try waits for.
            await Task.Delay(TimeSpan.FromSeconds(attempt), time, ct).ConfigureAwait(false);
        }
    }

    /// <summary>The closed bars of a raw page (the venue's forming bar dropped) with open time in [from, to).</summary>
    public static Bar[] InRange(IReadOnlyList<Bar> raw, string interval, long venueNowMs, long fromMs, long toMs) =>
        [.. ClosedBars.Only(raw, interval, venueNowMs).Where(b => b.OpenTimeMs >= fromMs && b.OpenTimeMs < toMs)];
}
