using System.Globalization;
using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;

namespace GridBot.Cli;

/// <summary>
/// Runs <c>gridbot data download</c>: asks the store which open times in [from, to) it lacks (after the last stored bar,
/// and holes before it), fetches only those from the venue, page by page, and upserts each page as it arrives. A rerun
/// therefore resumes, and a complete range costs no venue request. A venue refusal (bad symbol, bad interval, 4xx) exits
/// 2; a failure that outlasted the client's retries (network, 5xx, rate limit) exits 1; either way what was stored stays.
/// </summary>
internal sealed class DataDownload(CliConsole console)
{
    private const long DayMs = 86_400_000L;

    public async Task<int> RunAsync(DataDownloadRequest request, CancellationToken ct)
    {
        var series = request.Series;
        var store = new LocalParquetBarStore(request.Root);
        var plan = await store.PlanGapsAsync(series, request.FromMs, request.ToMs, ct).ConfigureAwait(false);
        if (!plan.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, plan.Error.Message);
        }

        var tally = new Tally();
        if (plan.Value.Count > 0)
        {
            using var http = new HttpClient();
            var source = DataDownloadSource.Create(series, request.BaseUrl, http);
            var failed = await source.CheckSymbolAsync(ct).ConfigureAwait(false)
                ?? await DataDownloadProgress.RunAsync(console, $"{series}", request.Json, report => FetchAsync(store, source, plan.Value, tally, report, ct)).ConfigureAwait(false);
            if (failed is not null)
            {
                return Fail(request, failed, tally);
            }
        }

        return await SummarizeAsync(store, request, plan.Value.Count, tally, ct).ConfigureAwait(false);
    }

    private static async Task<Error?> FetchAsync(
        LocalParquetBarStore store, DataDownloadSource source, IReadOnlyList<BarTimeRange> plan, Tally tally, Action<double> report, CancellationToken ct)
    {
        // Progress by bars: the planned ranges hold this many bar slots, and each fetched bar fills one (a venue gap
        // leaves some unfilled, so the bar may stop short of the end; it is closed when the download is).
        var total = (double)plan.Sum(r => r.Bars);
        long fetched = 0;
        foreach (var range in plan)
        {
            var failed = await source.FetchAsync(range.FromMs, range.ToMs, async (bars, token) =>
            {
                var written = await store.UpsertAsync(source.Series, [.. bars], token).ConfigureAwait(false);
                if (!written.IsSuccess)
                {
                    tally.StoreFailed = true;
                    return written.Error;
                }

                tally.Add(bars, written.Value);
                fetched += bars.Count;
                report(Math.Min(1.0, fetched / total));
                return null;
            }, ct).ConfigureAwait(false);
            if (failed is not null)
            {
                return failed;
            }
        }

        return null;
    }

    private int Fail(DataDownloadRequest request, Error error, Tally tally)
    {
        var s = request.Series;
        var transient = error.IsTransient || error.Kind == ErrorKind.IpBanned;
        var what = tally.StoreFailed ? $"{request.Root}: {error.Message}" : $"{Lower(s.Venue)} {Lower(s.Market)} {s.Symbol} {s.Interval}: {error.Message} ({error.Code})";
        var kept = string.Create(CultureInfo.InvariantCulture, $"; the {tally.Bars:N0} bars fetched before it are stored in {request.Root} (a rerun resumes)");
        return console.Fail(transient && !tally.StoreFailed ? ExitCodes.Failure : ExitCodes.BadInput, what + (tally.Bars > 0 ? kept : string.Empty));
    }

    private async Task<int> SummarizeAsync(LocalParquetBarStore store, DataDownloadRequest request, int ranges, Tally tally, CancellationToken ct)
    {
        var s = request.Series;
        var listed = await store.ListSeriesAsync(ct).ConfigureAwait(false);
        var missing = await store.PlanGapsAsync(s, request.FromMs, request.ToMs, ct).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, listed.Error.Message);
        }

        if (!missing.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, missing.Error.Message);
        }

        var info = listed.Value.FirstOrDefault(i => i.Series == s);
        var json = new DataDownloadJson(request.Root, Lower(s.Venue), Lower(s.Market), s.Symbol.ToString(), s.Interval.Name,
            DataCommand.Time(request.FromMs), DataCommand.Time(request.ToMs), ranges, tally.Bars, tally.Added, tally.Days.Count,
            info is null ? null : DataCommand.Time(info.FirstOpenTimeMs), info is null ? null : DataCommand.Time(info.LastOpenTimeMs),
            info?.BarCount ?? 0, missing.Value.Sum(r => r.Bars));
        if (request.Json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.DataDownloadJson));
            return ExitCodes.Ok;
        }

        var stored = info is null ? "nothing stored" : string.Create(CultureInfo.InvariantCulture, $"{json.StoredBars:N0} bars stored, {json.StoredFirst} to {json.StoredLast}");
        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Downloaded {s} into {request.Root} for {json.From} to {json.To}: {json.BarsFetched:N0} bars fetched ({json.BarsAdded:N0} new) in {ranges:N0} missing range(s), {json.DaysWritten:N0} day(s) written; {stored}; {json.MissingBars:N0} bars still missing in the range."));
        return ExitCodes.Ok;
    }

    private static string Lower<T>(T value)
        where T : struct, Enum => DataCommand.Lower(value);

    /// <summary>Counts across pages; days are the UTC days of pages whose upsert rewrote a partition.</summary>
    private sealed class Tally
    {
        public long Bars { get; private set; }

        public long Added { get; private set; }

        public HashSet<long> Days { get; } = [];

        public bool StoreFailed { get; set; }

        public void Add(IReadOnlyList<Bar> bars, BarUpsertSummary written)
        {
            Bars += bars.Count;
            Added += written.BarsAdded;
            if (written.DaysWritten > 0)
            {
                Days.UnionWith(bars.Select(b => b.OpenTimeMs / DayMs));
            }
        }
    }
}
