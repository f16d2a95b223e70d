using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Cli;

/// <summary>
/// Closed bars of one series from its venue client (<see cref="IKlineHistory"/>: a request per page, one at a time, the
/// client's rate limiter waiting when the venue's budget is spent). Each page goes to the sink before the next is asked
/// for, so an interruption keeps what was fetched.
/// </summary>
internal sealed class DataDownloadSource(BarSeries series, IExchange client)
{
    /// <summary>Called per non-empty page (bars in range, oldest first).</summary>
    public delegate Task<Error?> PageSink(IReadOnlyList<Bar> bars, CancellationToken ct);

    public BarSeries Series { get; } = series;

    public static DataDownloadSource Create(BarSeries series, Uri baseUrl, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(series);
        var options = new RestOptions { BaseUrl = baseUrl };
        return new DataDownloadSource(series, VenueClients.Create(series.Venue, series.Market, options, credentials: null, TimeProvider.System, NullLogger.Instance, http));
    }

    /// <summary>The venue knows the symbol (its rules load): a bad symbol fails here, before any bar is asked for.</summary>
    public async Task<Error?> CheckSymbolAsync(CancellationToken ct)
    {
        var rules = await client.GetRulesAsync(Series.Symbol, ct).ConfigureAwait(false);
        return rules.IsSuccess ? null : rules.Error;
    }

    /// <summary>Every closed bar the venue has with open time in [<paramref name="fromMs"/>, <paramref name="toMs"/>).</summary>
    public async Task<Error?> FetchAsync(long fromMs, long toMs, PageSink sink, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sink);
        if (client is not IKlineHistory history)
        {
            return new Error(ErrorKind.Other, "NoKlineHistory", $"{Series.Venue} serves no kline history to download");
        }

        await foreach (var page in history.KlinePagesAsync(Series.Symbol, Series.Interval.Name, fromMs, toMs, ct).ConfigureAwait(false))
        {
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            if (await sink(page.Value, ct).ConfigureAwait(false) is { } error)
            {
                return error;
            }
        }

        return null;
    }
}
