using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GridBot.Backtesting.Data;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;

namespace GridBot.Cli;

/// <summary>
/// <c>gridbot data import|download|show|gaps</c>: put CSV bars or a venue's klines into a local Parquet root (daily
/// partitions, upserted) and look at what it holds. Bad input (a bad CSV line, a corrupt partition, a missing option)
/// exits 2 and names it. <paramref name="settings"/> gives download its default base URL (<c>Exchange__BaseUrl</c>).
/// </summary>
public sealed class DataCommand(CliConsole console, CliSettings settings)
{
    private readonly Argument<string> _file = new("FILE") { Description = "CSV file of bars (any format backtest reads)" };
    private readonly Option<string?> _venue = new("--venue") { Description = "The series' venue: binance, bybit or paper" };
    private readonly Option<string> _market = new("--market") { Description = "The series' market: spot or perp", DefaultValueFactory = _ => "spot" };
    private readonly Option<string?> _symbol = new("--symbol") { Description = "The series' symbol, e.g. BTCUSDT (stored under its canonical name)" };
    private readonly Option<string?> _interval = new("--interval") { Description = "The series' bar interval, e.g. 1m, 15m, 1h" };
    private readonly Option<string> _out = new("--out") { Description = "Parquet root folder to write", DefaultValueFactory = _ => "data" };
    private readonly Option<string> _data = new("--data") { Description = "Parquet root folder", Required = true };
    private readonly Option<bool> _json = new("--json") { Description = "Print exactly one JSON object" };
    private readonly DataDownloadArguments _download = new();

    public Command Build()
    {
        var data = new Command("data", "Store bars in a local Parquet root and inspect it");
        var import = new Command("import", "Upsert a CSV file of bars into a Parquet root (daily partitions)");
        import.Add(_file);
        foreach (var option in new Option[] { _venue, _market, _symbol, _interval, _out, _json })
        {
            import.Add(option);
        }

        var download = new Command("download", "Fetch a series' closed klines from Binance or Bybit into a Parquet root: only what is missing in [--from, --to)");
        foreach (var option in new Option[] { _venue, _market, _symbol, _interval, _download.From, _download.To, _out, _download.BaseUrl, _json })
        {
            download.Add(option);
        }

        var show = new Command("show", "List the stored series: venue, market, symbol, interval, first, last, bars");
        var gaps = new Command("gaps", "Per stored series, the missing ranges between its first and last bar");
        foreach (var command in new[] { show, gaps })
        {
            command.Add(_data);
            command.Add(_json);
        }

        import.SetAction(ImportAsync);
        download.SetAction(DownloadAsync);
        show.SetAction(ShowAsync);
        gaps.SetAction(GapsAsync);
        data.Add(import);
        data.Add(download);
        data.Add(show);
        data.Add(gaps);
        return data;
    }

    internal static string Time(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private async Task<int> ImportAsync(ParseResult parse, CancellationToken ct)
    {
        var series = SeriesArguments.Parse(parse.GetValue(_venue), parse.GetValue(_market), parse.GetValue(_symbol), parse.GetValue(_interval));
        if (!series.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, series.Error.Message.Replace("a Parquet root needs", "data import needs", StringComparison.Ordinal));
        }

        var file = parse.GetValue(_file)!;
        var loaded = BarCsvReader.Load(file, ct);
        if (!loaded.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, loaded.Error.Message);
        }

        var bars = loaded.Value;
        var interval = series.Value.Interval;
        if (bars.Bars.Length > 1 && (long)bars.Interval.TotalMilliseconds != interval.Milliseconds)
        {
            return console.Fail(ExitCodes.BadInput, $"{file}: the bars are {BarIntervals.Format(bars.Interval)} apart, not --interval {interval}");
        }

        var root = parse.GetValue(_out)!;
        var written = await new LocalParquetBarStore(root).UpsertAsync(series.Value, bars.Bars, ct).ConfigureAwait(false);
        if (!written.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, written.Error.Message);
        }

        var s = series.Value;
        var w = written.Value;
        var json = new DataImportJson(file, root, Lower(s.Venue), Lower(s.Market), s.Symbol.ToString(), interval.Name, bars.Bars.Length,
            Time(bars.Bars[0].OpenTimeMs), Time(bars.Bars[^1].OpenTimeMs), w.DaysWritten, w.BarsAdded, w.BarsChanged);
        if (parse.GetValue(_json))
        {
            console.Output.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.DataImportJson));
        }
        else
        {
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Imported {file} into {root} as {s}: {json.BarsRead:N0} bars read ({json.First} to {json.Last}); {w.DaysWritten:N0} day(s) written, {w.BarsAdded:N0} bars added, {w.BarsChanged:N0} changed."));
        }

        if (bars.GapWarning is { } warning)
        {
            console.Note($"warning: {warning}");
        }

        return ExitCodes.Ok;
    }

    private async Task<int> DownloadAsync(ParseResult parse, CancellationToken ct)
    {
        var series = SeriesArguments.Parse(parse.GetValue(_venue), parse.GetValue(_market), parse.GetValue(_symbol), parse.GetValue(_interval));
        var exchange = settings.Exchange;
        var request = _download.Read(parse, series, parse.GetValue(_out)!, parse.GetValue(_json), exchange, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
        return request.IsSuccess
            ? await new DataDownload(console).RunAsync(request.Value, ct).ConfigureAwait(false)
            : console.Fail(ExitCodes.BadInput, request.Error.Message);
    }

    private Task<int> ShowAsync(ParseResult parse, CancellationToken ct) =>
        new DataCommandReports(console, parse.GetValue(_data)!, parse.GetValue(_json)).ShowAsync(ct);

    private Task<int> GapsAsync(ParseResult parse, CancellationToken ct) =>
        new DataCommandReports(console, parse.GetValue(_data)!, parse.GetValue(_json)).GapsAsync(ct);
}
