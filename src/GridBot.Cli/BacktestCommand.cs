using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GridBot.Backtesting.Data;
using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Reports;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using Spectre.Console;

namespace GridBot.Cli;

/// <summary><c>gridbot backtest</c>: one grid over bars, with KPIs as a table or JSON and an optional HTML report.</summary>
public sealed class BacktestCommand
{
    private readonly GridArguments _common = new();
    private readonly GridFeatureArguments _features = new();
    private readonly SeriesArguments _series = new();
    private readonly Option<decimal?> _lower = new("--lower") { Description = "Lowest grid level (omit --lower/--upper/--levels to let the heuristic choose)" };
    private readonly Option<decimal?> _upper = new("--upper") { Description = "Highest grid level" };
    private readonly Option<int?> _levels = new("--levels") { Description = "Number of levels (≥ 2)" };
    private readonly Option<string> _mode = GridArguments.Mode("arithmetic", "Level spacing: arithmetic or geometric");
    private readonly Option<string?> _report = new("--report") { Description = "Write an HTML report (and FILE.fills.csv beside it)" };

    public Command Build()
    {
        var command = new Command("backtest", "Run a grid over bars with fees and slippage and print its KPIs");
        command.Add(_lower);
        command.Add(_upper);
        command.Add(_levels);
        command.Add(_mode);
        _features.AddTo(command);
        _common.AddTo(command);
        _series.AddTo(command);
        command.Add(_report);
        return command;
    }

    public int Run(ParseResult parse, CliConsole console, CancellationToken ct)
    {
        var inputs = CommonInputs.Read(parse, _common);
        if (!inputs.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, inputs.Error.Message);
        }

        var input = inputs.Value;
        if (!GridArguments.TryParseSpacing(parse.GetValue(_mode)!, out var spacing))
        {
            return console.Fail(ExitCodes.BadInput, $"--mode '{parse.GetValue(_mode)}': use arithmetic or geometric");
        }

        var features = _features.Read(parse);
        if (!features.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, features.Error.Message);
        }

        if (parse.GetValue(_lower) is { } lower && parse.GetValue(_upper) is { } upper && features.Value.Problem(lower, upper) is { } rangeProblem)
        {
            return console.Fail(ExitCodes.BadInput, rangeProblem); // before loading: a heuristic range is checked once chosen
        }

        var loaded = BarLoader.Load(input.Data, () => _series.Read(parse, _common.Symbol), input.FromMs, input.ToMs, ct);
        if (!loaded.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, loaded.Error.Message);
        }

        var set = loaded.Value;
        Announce(console, set, input.Json);
        var choice = GridChoice.Resolve(parse.GetValue(_lower), parse.GetValue(_upper), parse.GetValue(_levels), spacing, set.Bars, input.Rules.TickSize, 4m * input.Fees.MakerRate);
        if (!choice.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, choice.Error.Message);
        }

        var grid = choice.Value;
        if (features.Value.Problem(grid.Lower, grid.Upper) is { } triggerProblem)
        {
            return console.Fail(ExitCodes.BadInput, triggerProblem);
        }

        var spec = features.Value.Apply(new GridSpec(grid.Lower, grid.Upper, grid.Levels, grid.Spacing, input.SizingFor(grid.Levels)));
        var config = new BacktestConfig(spec, input.Rules, input.Capital, input.Fees, input.SlippageBps);
        var reportPath = parse.GetValue(_report);
        var result = Progress.Run(console, "Backtest", input.Json, _ =>
            Backtester.Run(PreparedBars.Prepare(grid.Bars, input.Rules.TickSize), config, reportPath is null ? Recording.None : Recording.All));
        if (!result.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, result.Error.Message);
        }

        if (result.Value.Layout.FeeProblem(input.Fees) is { } feeProblem)
        {
            console.Note($"warning: {feeProblem}");
        }

        var files = reportPath is null ? null : WriteReport(result.Value, set, grid, input, reportPath);
        Print(console, input, set, grid, spec, result.Value, files);
        return ExitCodes.Ok;
    }

    internal static void Announce(CliConsole console, BarSet set, bool json)
    {
        if (json)
        {
            console.Note(BarLoader.Banner(set));
        }
        else
        {
            console.Output.WriteLine(BarLoader.Banner(set));
        }

        if (set.Warning is not null)
        {
            console.Note($"warning: {set.Warning}");
        }
    }

    private static ReportFiles WriteReport(BacktestResult result, BarSet set, GridChoice grid, CommonInputs input, string path)
    {
        var k = result.Kpis;
        var first = grid.Bars[0].Open;
        var buyAndHold = grid.Bars.Select(b => (double)(k.StartingCapital * b.Close / first)).ToArray();
        var title = string.Create(CultureInfo.InvariantCulture, $"{input.Rules.Symbol} grid backtest {grid.Lower}–{grid.Upper}, {grid.Levels} levels ({grid.Spacing})");
        var subtitle = $"{BarLoader.Banner(set)} Grid from {grid.Source}.";
        var data = new BacktestReportData(title, subtitle, KpiTable.Rows(k, input.Rules.Symbol.QuoteAsset), grid.Bars,
            result.Layout.Levels.Select(l => l.Price).ToList(), result.Fills, result.Equity!, buyAndHold);
        return HtmlReportWriter.Write(data, path);
    }

    private static void Print(CliConsole console, CommonInputs input, BarSet set, GridChoice grid, GridSpec spec, BacktestResult result, ReportFiles? files)
    {
        var k = result.Kpis;
        if (input.Json)
        {
            var json = new BacktestJson(set.Source, set.Simulated, k.Bars, BarIntervals.Format(set.Interval), set.Gaps, grid.Lower, grid.Upper,
                grid.Levels, grid.Spacing.ToString().ToLowerInvariant(), grid.Source, k.Fills, k.Buys, k.Sells, k.RoundTrips, k.StartingCapital,
                k.RequiredCapital, k.StartPrice, k.FinalPrice, k.FinalEquity, k.ReturnPct, k.GridProfit, k.Fees, k.MaxDrawdownPct, k.Sharpe,
                k.BuyAndHoldReturnPct, k.ElapsedMs, k.BarsPerSecond, files?.HtmlPath)
            {
                Trailing = GridFeatures.TrailingOf(spec),
                MaxTrailShifts = spec.Trailing ? spec.MaxTrailShifts : null,
                StopLoss = spec.StopLossPrice,
                TakeProfit = spec.TakeProfitPrice,
                TrailShifts = k.TrailShifts,
                ExitReason = k.ExitReason,
                ExitTimeMs = k.ExitTimeMs,
                InventoryPnl = k.InventoryPnl,
            };
            console.Output.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.BacktestJson));
            return;
        }

        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Grid: {grid.Lower} – {grid.Upper}, {grid.Levels} levels, {grid.Spacing}{Features(spec)}; from {grid.Source}."));
        var table = new Table().AddColumn("KPI").AddColumn(new TableColumn("Value").RightAligned());
        foreach (var row in KpiTable.Rows(k, input.Rules.Symbol.QuoteAsset))
        {
            table.AddRow(Markup.Escape(row.Key), Markup.Escape(row.Value));
        }

        console.Ansi.Write(table);
        if (files is not null)
        {
            console.Output.WriteLine($"Report: {files.HtmlPath}");
            console.Output.WriteLine($"Fills:  {files.FillsCsvPath}");
        }
    }

    /// <summary>", trailing both (at most 10 shifts), stop-loss 20000, take-profit 30000" for what the spec has.</summary>
    private static string Features(GridSpec spec)
    {
        var parts = new List<string>();
        if (spec.Trailing)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"trailing {GridFeatures.TrailingOf(spec)} (at most {spec.MaxTrailShifts} shifts)"));
        }

        if (spec.StopLossPrice is { } sl)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"stop-loss {sl}"));
        }

        if (spec.TakeProfitPrice is { } tp)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"take-profit {tp}"));
        }

        return string.Concat(parts.Select(p => ", " + p));
    }
}
