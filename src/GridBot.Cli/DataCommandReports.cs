using System.Globalization;
using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;
using Spectre.Console;

namespace GridBot.Cli;

/// <summary><c>gridbot data show</c> and <c>gridbot data gaps</c> over one Parquet root, as a table or one JSON object.</summary>
internal sealed class DataCommandReports(CliConsole console, string root, bool json)
{
    public async Task<int> ShowAsync(CancellationToken ct)
    {
        var listed = await ListAsync(ct).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, listed.Error.Message);
        }

        var rows = listed.Value.Select(i => new DataSeriesJson(DataCommand.Lower(i.Series.Venue), DataCommand.Lower(i.Series.Market), i.Series.Symbol.ToString(),
            i.Series.Interval.Name, DataCommand.Time(i.FirstOpenTimeMs), DataCommand.Time(i.LastOpenTimeMs), i.BarCount)).ToList();
        if (json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new DataShowJson(root, rows), CliJsonContext.Default.DataShowJson));
            return ExitCodes.Ok;
        }

        if (rows.Count == 0)
        {
            console.Output.WriteLine($"No series stored under {root}.");
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("Venue", "Market", "Symbol", "Interval", "First", "Last").AddColumn(new TableColumn("Bars").RightAligned());
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Venue), Markup.Escape(r.Market), Markup.Escape(r.Symbol), Markup.Escape(r.Interval), r.First, r.Last,
                r.Bars.ToString("N0", CultureInfo.InvariantCulture));
        }

        console.Ansi.Write(table);
        return ExitCodes.Ok;
    }

    public async Task<int> GapsAsync(CancellationToken ct)
    {
        var listed = await ListAsync(ct).ConfigureAwait(false);
        if (!listed.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, listed.Error.Message);
        }

        var store = new LocalParquetBarStore(root);
        var rows = new List<DataSeriesGapsJson>();
        foreach (var info in listed.Value)
        {
            var planned = await store.PlanGapsAsync(info.Series, info.FirstOpenTimeMs, info.LastOpenTimeMs + 1, ct).ConfigureAwait(false);
            if (!planned.IsSuccess)
            {
                return console.Fail(ExitCodes.BadInput, planned.Error.Message);
            }

            var s = info.Series;
            var gaps = planned.Value.Select(g => new DataGapJson(DataCommand.Time(g.FromMs), DataCommand.Time(g.ToMs), g.Bars)).ToList();
            rows.Add(new DataSeriesGapsJson(DataCommand.Lower(s.Venue), DataCommand.Lower(s.Market), s.Symbol.ToString(), s.Interval.Name,
                DataCommand.Time(info.FirstOpenTimeMs), DataCommand.Time(info.LastOpenTimeMs), info.BarCount, gaps.Sum(g => g.Bars), gaps));
        }

        if (json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new DataGapsJson(root, rows), CliJsonContext.Default.DataGapsJson));
            return ExitCodes.Ok;
        }

        if (rows.Count == 0)
        {
            console.Output.WriteLine($"No series stored under {root}.");
        }

        foreach (var row in rows)
        {
            var name = $"{row.Venue}/{row.Market}/{row.Symbol}/{row.Interval}";
            if (row.Gaps.Count == 0)
            {
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: no gaps in {row.Bars:N0} bars, {row.First} to {row.Last}."));
                continue;
            }

            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {row.Gaps.Count:N0} gap(s), {row.MissingBars:N0} missing bars between {row.First} and {row.Last}:"));
            var table = new Table().AddColumns("From", "To (exclusive)").AddColumn(new TableColumn("Missing bars").RightAligned());
            foreach (var gap in row.Gaps)
            {
                table.AddRow(gap.From, gap.To, gap.Bars.ToString("N0", CultureInfo.InvariantCulture));
            }

            console.Ansi.Write(table);
        }

        return ExitCodes.Ok;
    }

    private async Task<Result<IReadOnlyList<BarSeriesInfo>>> ListAsync(CancellationToken ct)
    {
        if (!Directory.Exists(root))
        {
            return new Error(ErrorKind.Other, "NoRoot", $"--data '{root}' is not a folder (a Parquet root written by 'gridbot data import')");
        }

        return await new LocalParquetBarStore(root).ListSeriesAsync(ct).ConfigureAwait(false);
    }
}
