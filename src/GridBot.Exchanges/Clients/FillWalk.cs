using GridBot.Core.Errors;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Reads fills from a cursor to the venue's present in the time windows a venue accepts. A venue given only a start
/// time answers one window after it (Binance spot 24 h, USDⓈ-M and Bybit 7 days), so a cursor older than one window
/// would otherwise never see a later fill. Windows are <c>[start, start + width − 1]</c> with explicit start and end,
/// walked oldest first until the one holding the venue's present. A read stops at <see cref="MaxRequests"/> requests and
/// then returns the windows it finished (plus the gapless oldest part of the one it was in): the caller continues from
/// the newest fill. A stop with no fills at all is an error, because an empty answer would claim "nothing up to now".
/// </summary>
internal static class FillWalk
{
    /// <summary>Requests per read. Each venue's history floor keeps an all-empty walk well under it (≤ 31 windows).</summary>
    public const int MaxRequests = 60;

    /// <param name="sinceMs">Inclusive cursor; raised to <c>nowMs − history</c> so a cursor of 0 does not walk from 1970.</param>
    /// <param name="nowMs">The venue's present as the client's synced clock sees it, read once per walk.</param>
    /// <param name="width">The longest range the venue accepts between startTime and endTime.</param>
    /// <param name="history">How far back a read goes at most (the venue's history limit, or a documented floor).</param>
    /// <param name="readWindow">Reads <c>[start, end]</c> within a request budget.</param>
    public static async Task<Result<IReadOnlyList<ExchangeFill>>> ReadAsync(
        long sinceMs, long nowMs, TimeSpan width, TimeSpan history, Func<long, long, int, Task<Result<FillWindowRead>>> readWindow)
    {
        var widthMs = (long)width.TotalMilliseconds;
        var start = Math.Max(sinceMs, nowMs - (long)history.TotalMilliseconds);
        var fills = new List<ExchangeFill>();
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

            fills.AddRange(window.Value.Fills);
            budget -= window.Value.Requests;
            if (!window.Value.Complete)
            {
                stoppedEarly = true;
                break;
            }

            start += widthMs;
        }
        while (start <= nowMs);

        if (stoppedEarly && fills.Count == 0)
        {
            return new Error(ErrorKind.Other, "FillHistoryTooLarge",
                $"fills from {DateTimeOffset.FromUnixTimeMilliseconds(start):O} need more than {MaxRequests} requests; none could be returned without a gap");
        }

        // A stable sort: trades of one millisecond keep the venue's order.
        return fills.DistinctBy(f => f.TradeId).OrderBy(f => f.TimeMs).ToList();
    }
}
