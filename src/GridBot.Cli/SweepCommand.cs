using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Sweeps;
using GridBot.Core.Grid;
using Spectre.Console;

namespace GridBot.Cli;

/// <summary>
/// <c>gridbot sweep</c>: every combination of the ranges, on all cores, ranked. Trailing, the shift limit, the stop-loss
/// and the take-profit are dimensions too; a combination whose stop-loss is not below its lower bound or whose
/// take-profit is not above its upper bound is skipped and counted.
/// </summary>
public sealed class SweepCommand
{
    private readonly GridArguments _common = new();
    private readonly SeriesArguments _series = new();
    private readonly Option<string> _lower = new("--lower") { Description = "Lower bounds FROM:TO:STEP (or one value)", Required = true };
    private readonly Option<string> _upper = new("--upper") { Description = "Upper bounds FROM:TO:STEP (or one value)", Required = true };
    private readonly Option<string> _levels = new("--levels") { Description = "Level counts FROM:TO:STEP (or one value)", DefaultValueFactory = _ => "10:40:10" };
    private readonly Option<string> _mode = GridArguments.Mode("arithmetic,geometric", "Spacings to try, comma-separated");
    private readonly Option<string> _trailing = new("--trailing") { Description = "Trailing to try, comma-separated: none, up, down, both", DefaultValueFactory = _ => "none" };
    private readonly Option<string?> _maxTrailShifts = new("--max-trail-shifts") { Description = "Shift limits FROM:TO:STEP for the trailing grids (default 10)" };
    private readonly Option<string?> _stopLoss = new("--stop-loss") { Description = "Stop-loss prices FROM:TO:STEP (each must be below the lower bound)" };
    private readonly Option<string?> _takeProfit = new("--take-profit") { Description = "Take-profit prices FROM:TO:STEP (each must be above the upper bound)" };
    private readonly Option<string> _by = new("--by") { Description = "Rank by return, sharpe or calmar", DefaultValueFactory = _ => "return" };
    private readonly Option<int> _top = new("--top") { Description = "How many of the best to show", DefaultValueFactory = _ => 10 };
    private readonly Option<int?> _threads = new("--threads") { Description = "Threads (default: all cores)" };

    public Command Build()
    {
        var command = new Command("sweep", "Backtest every combination of grid settings in parallel and rank them");
        foreach (var option in new Option[] { _lower, _upper, _levels, _mode, _trailing, _maxTrailShifts, _stopLoss, _takeProfit, _by, _top, _threads })
        {
            command.Add(option);
        }

        _common.AddTo(command);
        _series.AddTo(command);
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

        var dimensions = SweepDimensions.Read(parse.GetValue(_trailing), parse.GetValue(_maxTrailShifts), parse.GetValue(_stopLoss), parse.GetValue(_takeProfit));
        if (!dimensions.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, dimensions.Error.Message);
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

        var loaded = BarLoader.Load(input.Data, () => _series.Read(parse, _common.Symbol), input.FromMs, input.ToMs, ct);
        if (!loaded.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, loaded.Error.Message);
        }

        var set = loaded.Value;
        BacktestCommand.Announce(console, set, input.Json);
        var sizing = input.SizingFor(levelCounts.Max());
        var request = dimensions.Value.ApplyTo(new SweepRequest(lowers.Value.Values(), uppers.Value.Values(), levelCounts, modes.Distinct().ToList(),
            sizing, input.Rules, input.Capital, input.Fees, input.SlippageBps));
        var expanded = request.Expand();
        var settings = expanded.Specs.Count;
        if (settings == 0)
        {
            return console.Fail(ExitCodes.BadInput, expanded.InvalidTriggers > 0
                ? $"no setting has --lower below --upper with --stop-loss below --lower and --take-profit above --upper ({expanded.InvalidTriggers} combinations skipped)"
                : "no setting has --lower below --upper");
        }

        var bars = PreparedBars.Prepare(set.Bars, input.Rules.TickSize);
        var result = Progress.Run(console, $"Sweeping {settings:N0} grids", input.Json, report =>
            Sweeper.Run(bars, request, rank, top, new Progress<int>(done => report((double)done / settings)), threads, ct));
        Print(console, input.Json, set, result, dimensions.Value);
        return result.Evaluated == 0
            ? console.Fail(ExitCodes.BadInput, $"no setting could run: {string.Join(", ", result.SkipReasons.Select(r => $"{r.Key} × {r.Value}"))}")
            : ExitCodes.Ok;
    }

    private static void Print(CliConsole console, bool json, BarSet set, SweepResult result, SweepDimensions dimensions)
    {
        var rows = result.Top.Select(SweepRow).ToList();
        if (json)
        {
            var doc = new SweepJson(set.Source, set.Simulated, set.Bars.Length, result.Settings, result.Evaluated, result.Skipped, result.SkipReasons,
                result.RankedBy.ToString().ToLowerInvariant(), result.Threads, result.ElapsedMs, result.BarsPerSecond, rows)
            {
                SkippedTriggers = result.InvalidTriggers,
            };
            console.Output.WriteLine(JsonSerializer.Serialize(doc, CliJsonContext.Default.SweepJson));
            return;
        }

        console.Ansi.Write(Table(rows, dimensions));
        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Evaluated:N0} of {result.Settings:N0} settings ran ({result.Skipped:N0} skipped) in {result.ElapsedMs / 1000:F2} s on {result.Threads} threads, {CliConsole.Rate(result.BarsPerSecond)}bars/s."));
        foreach (var reason in result.SkipReasons)
        {
            console.Output.WriteLine($"  skipped {reason.Value:N0}: {reason.Key}");
        }

        if (result.InvalidTriggers > 0)
        {
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.InvalidTriggers:N0} combinations left out: stop-loss not below the lower bound or take-profit not above the upper bound"));
        }
    }

    private static SweepRowJson SweepRow(SweepEntry e)
    {
        var (s, k) = (e.Spec, e.Kpis);
        return new SweepRowJson(e.Rank, s.Lower, s.Upper, s.Levels, s.Spacing.ToString().ToLowerInvariant(), k.ReturnPct, k.Sharpe, k.Calmar,
            k.MaxDrawdownPct, k.Fills, k.RoundTrips, k.GridProfit, k.Fees, k.FinalEquity, k.RequiredCapital)
        {
            Trailing = GridFeatures.TrailingOf(s),
            MaxTrailShifts = s.Trailing ? s.MaxTrailShifts : null,
            StopLoss = s.StopLossPrice,
            TakeProfit = s.TakeProfitPrice,
            TrailShifts = k.TrailShifts,
            ExitReason = k.ExitReason,
            InventoryPnl = k.InventoryPnl,
        };
    }

    /// <summary>The ranking table; the trailing and trigger columns appear only when the sweep varies them.</summary>
    private static Table Table(IReadOnlyList<SweepRowJson> rows, SweepDimensions dimensions)
    {
        var columns = new List<(string Name, Func<SweepRowJson, string> Value)>
        {
            ("#", r => I(r.Rank)), ("Lower", r => I(r.Lower)), ("Upper", r => I(r.Upper)), ("Levels", r => I(r.Levels)), ("Mode", r => r.Mode),
        };
        if (dimensions.Trails)
        {
            columns.Add(("Trailing", r => r.Trailing));
            columns.Add(("Max shifts", r => r.MaxTrailShifts is { } m ? I(m) : "-"));
            columns.Add(("Shifts", r => I(r.TrailShifts)));
        }

        if (dimensions.Triggers)
        {
            columns.Add(("Stop-loss", r => r.StopLoss is { } sl ? I(sl) : "-"));
            columns.Add(("Take-profit", r => r.TakeProfit is { } tp ? I(tp) : "-"));
            columns.Add(("Exit", r => r.ExitReason ?? "-"));
        }

        columns.AddRange([("Return %", r => F(r.ReturnPct)), ("Sharpe", r => F(r.Sharpe)), ("Calmar", r => F(r.Calmar)),
            ("Max DD %", r => F(r.MaxDrawdownPct)), ("Round trips", r => I(r.RoundTrips)), ("Fees", r => F(r.Fees))]);
        var table = new Table();
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(column.Name).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(c => Markup.Escape(c.Value(row))).ToArray());
        }

        return table;
    }

    private static string I<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static string F(decimal value) => decimal.Round(value, 2).ToString("F2", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
