using System.CommandLine;

namespace GridFunctions.Cli;

/// <summary>
/// <c>gridbot run --paper</c>: a bot through the whole runtime (paper exchange, SQLite state and ledger, bus, safety)
/// over bars, with the backtest's KPI fields plus orders, cancels and safety actions. <c>gridbot demo</c> is the same
/// on the simulator with the heuristic's grid, default safety and an HTML report.
/// </summary>
public sealed class RunCommand(bool demo)
{
    private readonly GridArguments _common = new();
    private readonly RiskArguments _risk = new();
    private readonly Option<bool> _paper = new("--paper") { Description = "Trade the paper exchange (replaying --data)" };
    private readonly Option<decimal?> _lower = new("--lower") { Description = "Lowest grid level (omit --lower/--upper/--levels for the heuristic's grid)" };
    private readonly Option<decimal?> _upper = new("--upper") { Description = "Highest grid level" };
    private readonly Option<int?> _levels = new("--levels") { Description = "Number of levels (≥ 2)" };
    private readonly Option<string> _mode = GridArguments.Mode("arithmetic", "Level spacing: arithmetic or geometric");
    private readonly Option<string> _db = new("--db") { Description = "SQLite file for bot state, fills and registry", DefaultValueFactory = _ => "gridbot.db" };
    private readonly Option<string?> _botId = new("--bot-id") { Description = "Bot id (default: the next free paperN / demoN)" };
    private readonly Option<string> _tick = new("--tick-interval") { Description = "Simulated time between ticks (e.g. 1m, 15s)", DefaultValueFactory = _ => "1m" };
    private readonly Option<string?> _report = new("--report") { Description = "Write an HTML report (demo default: reports/demo.html)" };

    public Command Build()
    {
        var command = demo
            ? new Command("demo", "The full bot on the built-in simulator (or --data): heuristic grid, paper exchange, SQLite, safety, HTML report")
            : new Command("run", "Run a bot through the whole runtime; --paper replays --data on the paper exchange");
        if (!demo)
        {
            command.Add(_paper);
        }

        foreach (var option in new Option[] { _lower, _upper, _levels, _mode, _db, _botId, _tick, _report })
        {
            command.Add(option);
        }

        _common.AddTo(command);
        _risk.AddTo(command);
        return command;
    }

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken ct)
    {
        if (!demo && !parse.GetValue(_paper))
        {
            return console.Fail(ExitCodes.BadInput, "only --paper is available so far: live trading arrives with the Binance and Bybit adapters");
        }

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

        if (!TryParseInterval(parse.GetValue(_tick), out var tick))
        {
            return console.Fail(ExitCodes.BadInput, $"--tick-interval '{parse.GetValue(_tick)}': use e.g. 15s, 1m, 5m");
        }

        var limits = _risk.Read(parse, input.Capital);
        if (!limits.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, limits.Error.Message);
        }

        var loaded = BarLoader.Load(input.Data, input.FromMs, input.ToMs, ct);
        if (!loaded.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, loaded.Error.Message);
        }

        BacktestCommand.Announce(console, loaded.Value, input.Json);
        var grid = GridChoice.Resolve(parse.GetValue(_lower), parse.GetValue(_upper), parse.GetValue(_levels), spacing, loaded.Value.Bars, input.Rules.TickSize, 4m * input.Fees.MakerRate);
        if (!grid.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, grid.Error.Message);
        }

        var report = parse.GetValue(_report) ?? (demo ? Path.Combine("reports", "demo.html") : null);
        var request = new PaperSession.Request(input, loaded.Value, grid.Value, limits.Value, parse.GetValue(_db)!, parse.GetValue(_botId),
            demo ? "demo" : "paper", tick, report);
        return await PaperSession.RunAsync(request, console, ct).ConfigureAwait(false);
    }

    private static bool TryParseInterval(string? text, out TimeSpan interval)
    {
        if (GridBot.Core.Configuration.Timeframe.TryParse(text, out var frame))
        {
            interval = frame.Duration;
            return true;
        }

        interval = default;
        if (text is null || !text.EndsWith('s') || !int.TryParse(text[..^1], System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
        {
            return false;
        }

        interval = TimeSpan.FromSeconds(seconds);
        return true;
    }
}
