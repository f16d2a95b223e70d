using GridBot.Core.Errors;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Reads a venue's history (fills, orders) from a cursor to the venue's present in the time windows the venue accepts. A
/// venue given only a start time answers one window after it (Binance spot 24 h, USDⓈ-M and Bybit 7 days), so a cursor
/// older than one window would otherwise never see a later item. Windows are <c>[start, start + width − 1]</c> with
/// explicit start and end, walked oldest first until the one holding the venue's present. A read stops at
/// <see cref="MaxRequests"/> requests and then returns the windows it finished (plus the gapless oldest part of the one
/// it was in): the caller continues from the newest item. A stop with nothing at all is an error, because an empty
/// answer would claim "nothing up to now".
/// </summary>
internal static class WindowWalk
{
    /// <summary>Requests per read. Each venue's history floor keeps an all-empty walk well under it (≤ 31 windows).</summary>
    public const int MaxRequests = 60;

    /// <param name="sinceMs">Inclusive cursor; raised to <c>nowMs − history</c> so a cursor of 0 does not walk from 1970.</param>
    /// <param name="nowMs">The venue's present by the client's synced clock, read once per walk (venue time, never the host's).</param>
    /// <param name="width">The longest range between startTime and endTime the venue accepts.</param>
    /// <param name="history">How far back a read goes at most (the venue's history limit, or a documented floor).</param>
    /// <param name="readWindow">Reads <c>[start, end]</c> within a request budget.</param>
    /// <param name="tooLargeCode">The error code of a read that could return nothing without a gap.</param>
    public static async Task<Result<IReadOnlyList<T>>> ReadAsync<T>(
        long sinceMs, long nowMs, TimeSpan width, TimeSpan history, Func<long, long, int, Task<Result<WindowRead<T>>>> readWindow, string tooLargeCode)
    {
        var widthMs = (long)width.TotalMilliseconds;
        var start = Math.Max(sinceMs, nowMs - (long)history.TotalMilliseconds);
        var items = new List<T>();
        var budget = MaxRequests;
        var stoppedEarly = false;
        do
        {
            if (budget <= 0)
            {
                stoppedEarly = true;
                break;
            }

            var window = await readWindow(start, start + widthMs - 1, budget).ConfigureAwait(false);
            if (!window.IsSuccess)
            {
                return window.Error;
            }

            items.AddRange(window.Value.Items);
            budget -= window.Value.Requests;
            if (!window.Value.Complete)
            {
                stoppedEarly = true;
                break;
            }

            if (window.Value.ReachedPresent)
            {
                break;
            }

            start += widthMs;
        }
        while (start <= nowMs);

        if (stoppedEarly && items.Count == 0)
        {
            return new Error(ErrorKind.Other, tooLargeCode,
                $"history from {DateTimeOffset.FromUnixTimeMilliseconds(start):O} needs more than {MaxRequests} requests; none of it could be returned without a gap");
        }

        return items;
    }
}
