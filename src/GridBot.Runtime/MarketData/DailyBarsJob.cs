using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.MarketData;

/// <summary>
/// Stores yesterday's (UTC) closed 1m bars of every series a registered bot trades: each distinct (venue, market,
/// symbol), paper-venue bots left out (they have no venue history). Only the ranges the store lacks are asked for
/// (<see cref="IBarStore.PlanGapsAsync"/>), so a rerun asks the venue nothing; each page is upserted as it arrives, so
/// a failure keeps what was fetched. A failing series is logged and recorded, and the others still run.
/// </summary>
public sealed partial class DailyBarsJob(IBotRegistry registry, IBarStore bars, IVenueHistory venues, TimeProvider time, ILogger<DailyBarsJob> logger)
{
    private const long DayMs = 86_400_000L;

    /// <summary>Runs for the UTC day before now.</summary>
    public Task<DailyBarsSummary> RunAsync(CancellationToken ct) =>
        RunAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-1), ct);

    public async Task<DailyBarsSummary> RunAsync(DateOnly day, CancellationToken ct)
    {
        var fromMs = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var results = new List<DailyBarsSeriesResult>();
        foreach (var series in await SeriesAsync(ct).ConfigureAwait(false))
        {
            var result = await RunSeriesAsync(series, fromMs, fromMs + DayMs, ct).ConfigureAwait(false);
            if (result.Error is { } error)
            {
                SeriesFailed(logger, result.Series, day, error);
            }
            else
            {
                SeriesDone(logger, result.Series, day, result.RangesRequested, result.BarsFetched, result.StillMissing);
            }

            results.Add(result);
        }

        var summary = new DailyBarsSummary(day, results);
        Finished(logger, day, summary.Series.Count, summary.Failed.Count, summary.BarsFetched);
        return summary;
    }

    /// <summary>Each distinct series traded by a registered bot on a real venue, ordered by venue, market and symbol.</summary>
    private async Task<IReadOnlyList<BarSeries>> SeriesAsync(CancellationToken ct)
    {
        var bots = await registry.ListAsync(ct).ConfigureAwait(false);
        var series = new List<BarSeries>();
        foreach (var key in bots.Where(b => b.Venue != Venue.Paper).Select(b => (b.Venue, b.Market, b.Symbol)).Distinct()
                     .OrderBy(k => k.Venue).ThenBy(k => k.Market).ThenBy(k => k.Symbol, StringComparer.Ordinal))
        {
            if (Symbol.TryParse(key.Symbol, out var symbol))
            {
                series.Add(new BarSeries(key.Venue, key.Market, symbol, BarInterval.OneMinute));
            }
            else
            {
                UnknownSymbol(logger, key.Venue, key.Market, key.Symbol);
            }
        }

        return [.. series.Distinct()];
    }

    private async Task<DailyBarsSeriesResult> RunSeriesAsync(BarSeries series, long fromMs, long toMs, CancellationToken ct)
    {
        var ranges = 0;
        var fetched = 0L;
        try
        {
            var gaps = await bars.PlanGapsAsync(series, fromMs, toMs, ct).ConfigureAwait(false);
            var history = venues.For(series.Venue, series.Market);
            var error = gaps.Error ?? (gaps.Value.Count > 0 ? history.Error : null);
            foreach (var gap in error is null ? gaps.Value : [])
            {
                ranges++;
                (var got, error) = await FetchAsync(history.Value, series, gap, ct).ConfigureAwait(false);
                fetched += got;
                if (error is not null)
                {
                    break;
                }
            }

            if (error is not null)
            {
                return new DailyBarsSeriesResult(series, ranges, fetched, 0, error);
            }

            var left = await bars.PlanGapsAsync(series, fromMs, toMs, ct).ConfigureAwait(false);
            return left.IsSuccess
                ? new DailyBarsSeriesResult(series, ranges, fetched, left.Value.Sum(g => g.Bars), null)
                : new DailyBarsSeriesResult(series, ranges, fetched, 0, left.Error);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Recorded as this series' failure (and thrown by the host at the end of the run), not lost: the next series still runs.
            return new DailyBarsSeriesResult(series, ranges, fetched, 0, new Error(ErrorKind.Other, ex.GetType().Name, ex.Message));
        }
    }

    private async Task<(long Fetched, Error? Error)> FetchAsync(GridBot.Exchanges.Clients.IKlineHistory history, BarSeries series, BarTimeRange gap, CancellationToken ct)
    {
        var fetched = 0L;
        await foreach (var page in history.KlinePagesAsync(series.Symbol, series.Interval.Name, gap.FromMs, gap.ToMs, ct).ConfigureAwait(false))
        {
            if (!page.IsSuccess)
            {
                return (fetched, page.Error);
            }

            var stored = await bars.UpsertAsync(series, page.Value, ct).ConfigureAwait(false);
            if (!stored.IsSuccess)
            {
                return (fetched, stored.Error);
            }

            fetched += page.Value.Count;
        }

        return (fetched, null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily bars {Series} {Day}: {Ranges} ranges asked, {Bars} bars stored, {Missing} still missing")]
    private static partial void SeriesDone(ILogger logger, BarSeries series, DateOnly day, int ranges, long bars, long missing);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily bars {Series} {Day} failed: {Error}")]
    private static partial void SeriesFailed(ILogger logger, BarSeries series, DateOnly day, Error error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily bars: bot symbol {Venue}/{Market}/{Symbol} is not a symbol; skipped")]
    private static partial void UnknownSymbol(ILogger logger, Venue venue, MarketType market, string symbol);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily bars {Day}: {Series} series, {Failed} failed, {Bars} bars stored")]
    private static partial void Finished(ILogger logger, DateOnly day, int series, int failed, long bars);
}
