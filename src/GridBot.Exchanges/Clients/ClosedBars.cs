using GridBot.Core.Configuration;
using GridBot.Core.Market;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Both venues end a kline answer with the bar still forming (its close is the last trade so far). Indicators and the
/// grid heuristic must see closed bars only, so the clients drop it by the venue's clock.
/// </summary>
internal static class ClosedBars
{
    public static IReadOnlyList<Bar> Only(IReadOnlyList<Bar> bars, string interval, long venueNowMs) =>
        bars.Count > 0 && EndMs(bars[^1].OpenTimeMs, interval) > venueNowMs ? bars.Take(bars.Count - 1).ToArray() : bars;

    /// <summary>When a bar opened at <paramref name="openMs"/> closes; an interval not known here counts as closed at once.</summary>
    private static long EndMs(long openMs, string interval) => interval switch
    {
        "3d" => openMs + (long)TimeSpan.FromDays(3).TotalMilliseconds,
        "1w" => openMs + (long)TimeSpan.FromDays(7).TotalMilliseconds,
        "1M" => DateTimeOffset.FromUnixTimeMilliseconds(openMs).AddMonths(1).ToUnixTimeMilliseconds(),
        _ => Timeframe.TryParse(interval, out var timeframe) ? openMs + (long)timeframe.Duration.TotalMilliseconds : openMs,
    };
}
