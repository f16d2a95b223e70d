using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GridBot.Backtesting.Data;
using GridBot.Core.Errors;
using GridBot.Core.Heuristics;
using GridBot.Core.Market;
using Spectre.Console;

namespace GridBot.Cli;

/// <summary>
/// <c>gridbot suggest</c>: the baseline heuristic's grid for the latest bars. It reads the 15m primary timeframe and
/// checks it on the 5m confirmation timeframe (finer input is resampled in memory; coarser input is used as it is,
/// without confirmation). Confirmed means the latest 5m close is inside the suggested range and the 5m regime is not
/// extreme.
/// </summary>
public sealed class SuggestCommand
{
    private static readonly TimeSpan PrimaryFrame = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan ConfirmFrame = TimeSpan.FromMinutes(5);

    private readonly Option<string?> _data = new("--data") { Description = "Bars: a CSV file, a Parquet root folder (with --venue/--market/--symbol/--interval) or sim:SEED[:BARS] (default sim:42)" };
    private readonly Option<string> _symbol = new("--symbol") { Description = "With --data ROOT (a Parquet root): the series' symbol, e.g. BTCUSDT" };
    private readonly SeriesArguments _series = new();
    private readonly Option<bool> _aggressive = new("--aggressive") { Description = "Use ±3×ATR instead of ±2×ATR" };
    private readonly Option<decimal> _tick = new("--tick") { Description = "Price tick size for the bounds", DefaultValueFactory = _ => 0.01m };
    private readonly Option<bool> _json = new("--json") { Description = "Print exactly one JSON object" };
    private readonly Option<decimal> _makerFee = new("--maker-fee-bps") { Description = "Maker fee; levels are kept at least two round trips of it apart", DefaultValueFactory = _ => 10m };

    public Command Build()
    {
        var command = new Command("suggest", "Suggest a grid for the latest bars with the baseline heuristic (15m primary, 5m confirm)");
        command.Add(_data);
        command.Add(_aggressive);
        command.Add(_tick);
        command.Add(_json);
        command.Add(_makerFee);
        command.Add(_symbol);
        _series.AddTo(command);
        return command;
    }

    public int Run(ParseResult parse, CliConsole console, CancellationToken ct)
    {
        var json = parse.GetValue(_json);
        var tick = parse.GetValue(_tick);
        if (tick <= 0m)
        {
            return console.Fail(ExitCodes.BadInput, "--tick must be > 0");
        }

        var loaded = BarLoader.Load(parse.GetValue(_data), () => _series.Read(parse, _symbol), null, null, ct);
        if (!loaded.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, loaded.Error.Message);
        }

        var set = loaded.Value;
        BacktestCommand.Announce(console, set, json);
        var makerFee = parse.GetValue(_makerFee);
        if (makerFee is < 0m or > 1_000m)
        {
            return console.Fail(ExitCodes.BadInput, "--maker-fee-bps must be between 0 and 1000");
        }

        var options = new BaselineHeuristicOptions { Aggressive = parse.GetValue(_aggressive), TickSize = tick, MinStepFraction = 4m * makerFee / 10_000m };
        var primary = Timeframe(set, PrimaryFrame);
        var suggestion = BaselineHeuristic.Suggest(primary.Bars, options);
        if (!suggestion.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, suggestion.Error.Message);
        }

        var s = suggestion.Value;
        var (confirmed, confirmation, confirmFrame) = Confirm(set, s, options);
        var result = new SuggestJson(set.Source, set.Simulated, primary.Name, confirmFrame, s.Price, s.Lower, s.Upper, s.Levels, s.Confidence,
            s.Regime.ToString(), s.AtrPercent, s.IsFallback, s.Reason, confirmed, confirmation);
        if (json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(result, CliJsonContext.Default.SuggestJson));
        }
        else
        {
            var table = new Table().AddColumn("Suggestion").AddColumn(new TableColumn("Value").RightAligned());
            table.AddRow("Timeframe", $"{primary.Name} (confirm {confirmFrame ?? "n/a"})");
            table.AddRow("Price", I(s.Price));
            table.AddRow("Lower – upper", $"{I(s.Lower)} – {I(s.Upper)}");
            table.AddRow("Levels", I(s.Levels));
            table.AddRow("Volatility", $"{s.Regime}, ATR% {(s.AtrPercent is { } p ? p.ToString("F2", CultureInfo.InvariantCulture) : "n/a")}");
            table.AddRow("Confidence", s.Confidence.ToString("F2", CultureInfo.InvariantCulture));
            table.AddRow("Confirmation", Markup.Escape(confirmation));
            console.Ansi.Write(table);
            console.Output.WriteLine(s.Reason);
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Try it: gridbot backtest --data {set.Source} --lower {s.Lower} --upper {s.Upper} --levels {s.Levels}"));
        }

        return ExitCodes.Ok;
    }

    private static (string Name, IReadOnlyList<Bar> Bars) Timeframe(BarSet set, TimeSpan frame)
    {
        if (set.Interval >= frame)
        {
            return (BarIntervals.Format(set.Interval), set.Bars);
        }

        var resampled = BarResampler.Resample(set.Bars, set.Interval, frame);
        return resampled.IsSuccess ? (BarIntervals.Format(frame), resampled.Value) : (BarIntervals.Format(set.Interval), set.Bars);
    }

    private static (bool? Confirmed, string Why, string? Frame) Confirm(BarSet set, GridSuggestion primary, BaselineHeuristicOptions options)
    {
        if (set.Interval > ConfirmFrame)
        {
            return (null, $"not checked: the data's {BarIntervals.Format(set.Interval)} bars are coarser than the 5m confirmation timeframe", null);
        }

        var (name, bars) = Timeframe(set, ConfirmFrame);
        var check = BaselineHeuristic.Suggest(bars, options);
        if (!check.IsSuccess)
        {
            return (false, $"5m check failed: {check.Error.Message}", name);
        }

        var close = bars[^1].Close;
        var inside = close >= primary.Lower && close <= primary.Upper;
        var calm = check.Value.Regime != VolatilityRegime.Extreme;
        var why = string.Create(CultureInfo.InvariantCulture,
            $"5m close {close} is {(inside ? "inside" : "outside")} the range; 5m volatility {check.Value.Regime}");
        return (inside && calm, why, name);
    }

    private static string I<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
