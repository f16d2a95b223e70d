using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Sweeps;
using GridBot.Core.Grid;
using Spectre.Console;

namespace GridBot.Cli;

/// <summary><c>gridbot sweep</c>: every combination of the ranges, on all cores, ranked.</summary>
public sealed class SweepCommand
{
    private readonly GridArguments _common = new();
    private readonly Option<string> _lower = new("--lower") { Description = "Lower bounds FROM:TO:STEP (or one value)", Required = true };
    private readonly Option<string> _upper = new("--upper") { Description = "Upper bounds FROM:TO:STEP (or one value)", Required = true };
    private readonly Option<string> _levels = new("--levels") { Description = "Level counts FROM:TO:STEP (or one value)", DefaultValueFactory = _ => "10:40:10" };
    private readonly Option<string> _mode = GridArguments.Mode("arithmetic,geometric", "Spacings to try, comma-separated");
    private readonly Option<string> _by = new("--by") { Description = "Rank by return, sharpe or calmar", DefaultValueFactory = _ => "return" };
    private readonly Option<int> _top = new("--top") { Description = "How many of the best to show", DefaultValueFactory = _ => 10 };
    private readonly Option<int?> _threads = new("--threads") { Description = "Threads (default: all cores)" };

    public Command Build()
    {
        var command = new Command("sweep", "Backtest every combination of grid settings in parallel and rank them");
        foreach (var option in new Option[] { _lower, _upper, _levels, _mode, _by, _top, _threads })
        {
            command.Add(option);
        }

        _common.AddTo(command);
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
        var lowers = ValueRange.Parse(parse.GetValue(_lower), "--lower");
        var uppers = ValueRange.Parse(parse.GetValue(_upper), "--upper");
        var levels = ValueRange.Parse(parse.GetValue(_levels), "--levels");
        foreach (var range in new[] { lowers, uppers, levels })
        {
            if (!range.IsSuccess)
            {
                return console.Fail(ExitCodes.BadInput, range.Error.Message);
            }
        }

        var levelCounts = levels.Value.Values().Select(v => (int)v).Distinct().ToList();
        if (levels.Value.Values().Any(v => v != decimal.Truncate(v) || v < 2))
        {
            return console.Fail(ExitCodes.BadInput, "--levels must be whole numbers ≥ 2");
        }

        var modes = new List<GridSpacing>();
        foreach (var text in parse.GetValue(_mode)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!GridArguments.TryParseSpacing(text, out var spacing))
            {
                return console.Fail(ExitCodes.BadInput, $"--mode '{text}': use arithmetic, geometric or both comma-separated");
            }

            modes.Add(spacing);
        }

        if (!Enum.TryParse<SweepRank>(parse.GetValue(_by), ignoreCase: true, out var rank) || !Enum.IsDefined(rank))
        {
            return console.Fail(ExitCodes.BadInput, $"--by '{parse.GetValue(_by)}': use return, sharpe or calmar");
        }

        var top = parse.GetValue(_top);
        var threads = parse.GetValue(_threads);
        if (top < 1 || threads is < 1)
        {
            return console.Fail(ExitCodes.BadInput, "--top and --threads must be ≥ 1");
        }

        var loaded = BarLoader.Load(input.Data, input.FromMs, input.ToMs, ct);
        if (!loaded.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, loaded.Error.Message);
        }

        var set = loaded.Value;
        BacktestCommand.Announce(console, set, input.Json);
        var sizing = input.SizingFor(levelCounts.Max());
        var request = new SweepRequest(lowers.Value.Values(), uppers.Value.Values(), levelCounts, modes.Distinct().ToList(),
            sizing, input.Rules, input.Capital, input.Fees, input.SlippageBps);
        var settings = request.Specs().Count;
        if (settings == 0)
        {
            return console.Fail(ExitCodes.BadInput, "no setting has --lower below --upper");
        }

        var bars = PreparedBars.Prepare(set.Bars, input.Rules.TickSize);
        var result = Progress.Run(console, $"Sweeping {settings:N0} grids", input.Json, report =>
            Sweeper.Run(bars, request, rank, top, new Progress<int>(done => report((double)done / settings)), threads, ct));
        Print(console, input.Json, set, result);
        return result.Evaluated == 0
            ? console.Fail(ExitCodes.BadInput, $"no setting could run: {string.Join(", ", result.SkipReasons.Select(r => $"{r.Key} × {r.Value}"))}")
            : ExitCodes.Ok;
    }

    private static void Print(CliConsole console, bool json, BarSet set, SweepResult result)
    {
        var rows = result.Top.Select(e => new SweepRowJson(e.Rank, e.Spec.Lower, e.Spec.Upper, e.Spec.Levels, e.Spec.Spacing.ToString().ToLowerInvariant(),
            e.Kpis.ReturnPct, e.Kpis.Sharpe, e.Kpis.Calmar, e.Kpis.MaxDrawdownPct, e.Kpis.Fills, e.Kpis.RoundTrips, e.Kpis.GridProfit, e.Kpis.Fees,
            e.Kpis.FinalEquity, e.Kpis.RequiredCapital)).ToList();
        if (json)
        {
            var doc = new SweepJson(set.Source, set.Simulated, set.Bars.Length, result.Settings, result.Evaluated, result.Skipped, result.SkipReasons,
                result.RankedBy.ToString().ToLowerInvariant(), result.Threads, result.ElapsedMs, result.BarsPerSecond, rows);
            console.Output.WriteLine(JsonSerializer.Serialize(doc, CliJsonContext.Default.SweepJson));
            return;
        }

        var table = new Table();
        foreach (var column in new[] { "#", "Lower", "Upper", "Levels", "Mode", "Return %", "Sharpe", "Calmar", "Max DD %", "Round trips", "Fees" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var r in rows)
        {
            table.AddRow(I(r.Rank), I(r.Lower), I(r.Upper), I(r.Levels), r.Mode, F(r.ReturnPct), F(r.Sharpe), F(r.Calmar), F(r.MaxDrawdownPct), I(r.RoundTrips), F(r.Fees));
        }

        console.Ansi.Write(table);
        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Evaluated:N0} of {result.Settings:N0} settings ran ({result.Skipped:N0} skipped) in {result.ElapsedMs / 1000:F2} s on {result.Threads} threads, {CliConsole.Rate(result.BarsPerSecond)}bars/s."));
        foreach (var reason in result.SkipReasons)
        {
            console.Output.WriteLine($"  skipped {reason.Value:N0}: {reason.Key}");
        }
    }

    private static string I<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static string F(decimal value) => decimal.Round(value, 2).ToString("F2", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
