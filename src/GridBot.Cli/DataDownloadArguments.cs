using System.CommandLine;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Runtime.Hosting;

namespace GridBot.Cli;

/// <summary>
/// <c>--from/--to/--base-url</c> of <c>gridbot data download</c> and the checks on the whole request: a venue with an
/// API, a real time range ending at the last closed bar, an http(s) base URL. Every problem is named in one error.
/// </summary>
internal sealed class DataDownloadArguments
{
    public Option<string> From { get; } = new("--from") { Description = "First open time: YYYY-MM-DD (UTC), an ISO time or epoch ms", Required = true };

    public Option<string?> To { get; } = new("--to") { Description = "End (exclusive) of the open times: YYYY-MM-DD, an ISO time or epoch ms; default now" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "REST base URL (default Exchange__BaseUrl, else the venue's)" };

    public Result<DataDownloadRequest> Read(ParseResult parse, Result<BarSeries> series, string root, bool json, ExchangeOptions exchange, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(exchange);
        var problems = new List<string>();
        if (!series.IsSuccess)
        {
            problems.Add(series.Error.Message.Replace("a Parquet root needs", "data download needs", StringComparison.Ordinal));
        }
        else if (series.Value.Venue is not (Venue.Binance or Venue.Bybit))
        {
            problems.Add($"--venue {DataCommand.Lower(series.Value.Venue)} has no market data to download: use binance or bybit");
        }

        var fromText = parse.GetValue(From);
        var toText = parse.GetValue(To);
        var fromOk = TimeArgument.TryParse(fromText, out var from);
        var toOk = TimeArgument.TryParse(toText, out var to);
        if (!fromOk)
        {
            problems.Add($"--from '{fromText}': use YYYY-MM-DD, an ISO time or epoch ms");
        }

        if (toText is not null && !toOk)
        {
            problems.Add($"--to '{toText}': use YYYY-MM-DD, an ISO time or epoch ms");
        }

        var url = parse.GetValue(BaseUrl);
        if (url is not null && !ExchangeOptions.IsHttpUrl(url))
        {
            problems.Add($"--base-url '{url}' is not an http(s) URL");
        }

        if (problems.Count > 0)
        {
            return new Error(ErrorKind.Other, "BadDownload", string.Join("; ", problems));
        }

        // Open times end where the newest closed bar ends: the bar still open now is not asked for, so a rerun plans nothing.
        var s = series.Value;
        var lastClosedEnd = nowMs / s.Interval.Milliseconds * s.Interval.Milliseconds;
        var end = toText is null ? lastClosedEnd : Math.Min(to, lastClosedEnd);
        if (from >= end)
        {
            return new Error(ErrorKind.Other, "BadRange", toText is not null && to <= from
                ? $"--from {DataCommand.Time(from)} must be before --to {DataCommand.Time(to)}"
                : $"--from {DataCommand.Time(from)}: no {s.Interval} bar from then has closed yet");
        }

        var baseUrl = url is not null ? new Uri(url) : exchange.BaseUri() ?? new Uri(VenueClients.DefaultBaseUrl(s.Venue, s.Market));
        return new DataDownloadRequest(s, from, end, root, baseUrl, json);
    }
}
