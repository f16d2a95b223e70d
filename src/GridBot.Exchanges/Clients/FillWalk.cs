using GridBot.Core.Errors;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Reads fills from a cursor to the venue's present with a <see cref="WindowWalk"/>: each trade id once, oldest first
/// (a stable sort: trades of one millisecond keep the venue's order). A read that could return no fill without a gap is
/// the error <c>FillHistoryTooLarge</c>.
/// </summary>
internal static class FillWalk
{
    /// <summary>Requests per read (<see cref="WindowWalk.MaxRequests"/>).</summary>
    public const int MaxRequests = WindowWalk.MaxRequests;

    public static async Task<Result<IReadOnlyList<ExchangeFill>>> ReadAsync(
        long sinceMs, long nowMs, TimeSpan width, TimeSpan history, Func<long, long, int, Task<Result<WindowRead<ExchangeFill>>>> readWindow)
    {
        var fills = await WindowWalk.ReadAsync(sinceMs, nowMs, width, history, readWindow, "FillHistoryTooLarge").ConfigureAwait(false);
        return fills.IsSuccess ? fills.Value.DistinctBy(f => f.TradeId).OrderBy(f => f.TimeMs).ToList() : fills.Error;
    }
}
