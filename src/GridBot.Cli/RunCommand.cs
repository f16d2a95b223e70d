using System.CommandLine;

namespace GridBot.Cli;

/// <summary>
/// <c>gridbot run --paper</c>: a bot through the whole runtime (paper exchange, SQLite state and ledger, bus, safety)
/// over bars, with the backtest's KPI fields plus orders, cancels and safety actions. <c>gridbot demo</c> is the same
/// on the simulator with the heuristic's grid, default safety and an HTML report.
/// </summary>
public sealed class RunCommand
{
    private readonly bool _demo;
    private readonly CliSettings _settings;

    public RunCommand(bool demo, CliSettings settings)
    {
        _demo = demo;
        _settings = settings;
        _series = new SeriesArguments(_venue, _market);
    }

    private readonly GridArguments _common = new();
    private readonly RiskArguments _risk = new();
    private readonly GridFeatureArguments _features = new();
    private readonly Option<bool> _paper = new("--paper") { Description = "Trade the paper exchange (replaying --data)" };
    private readonly Option<decimal?> _lower = new("--lower") { Description = "Lowest grid level (omit --lower/--upper/--levels for the heuristic's grid)" };
    private readonly Option<decimal?> _upper = new("--upper") { Description = "Highest grid level" };
    private readonly Option<int?> _levels = new("--levels") { Description = "Number of levels (≥ 2)" };
    private readonly Option<string> _mode = GridArguments.Mode("arithmetic", "Level spacing: arithmetic or geometric");
    private readonly Option<string?> _db = new("--db") { Description = "SQLite file for bot state, fills and registry (default: Storage__SqlitePath, gridbot.db; or Azure storage when Storage__Kind=Azure)" };
    private readonly Option<string?> _botId = new("--bot-id") { Description = "Bot id (default: the next free paperN / demoN)" };
    private readonly Option<string?> _tick = new("--tick-interval") { Description = "Time between ticks, e.g. 15s or 1m (default: 1m of simulated time when replaying, 15s live)" };
    private readonly Option<string?> _report = new("--report") { Description = "Write an HTML report (demo default: reports/demo.html)" };
    private readonly Option<bool> _live = new("--live") { Description = "Trade a real venue (or its testnet via --base-url); needs API keys" };
    private readonly Option<string?> _venue = new("--venue") { Description = "binance or bybit (with --live, or with --paper to paper-trade the venue's live prices)" };
    private readonly Option<string> _market = new("--market") { Description = "spot or perp", DefaultValueFactory = _ => "spot" };
    private readonly Option<string?> _baseUrl = new("--base-url") { Description = "REST base URL: a testnet or a local simulator (env Exchange__BaseUrl)" };
    private readonly Option<string?> _apiKey = new("--api-key") { Description = "API key (env Exchange__ApiKey); never printed" };
    private readonly Option<string?> _apiSecret = new("--api-secret") { Description = "API secret (env Exchange__ApiSecret); never printed" };
    private readonly Option<int?> _maxTicks = new("--max-ticks") { Description = "Stop after this many ticks (live and live-price paper runs)" };
    private readonly Option<int?> _leverage = new("--leverage") { Description = "Perpetuals: the leverage to set on the symbol before trading (1–125, default 1)" };

    private readonly Option<int?> _recvWindow = new("--recv-window")
    {
        Description = "How long a signed request stays valid, ms (1–60000; env Exchange__RecvWindowMs; default 5000)",
    };

    private readonly Option<bool> _noStream = new("--no-stream")
    {
        Description = "Poll only: no WebSocket streams (by default --live listens for the account's order and fill events and --paper --venue for live prices)",
    };

    private readonly SeriesArguments _series;

    private readonly Option<bool> _verbose = new("--verbose") { Description = "Log every request (endpoints and outcomes only, never keys)" };

    public Command Build()
    {
        var command = _demo
            ? new Command("demo", "The full bot on the built-in simulator (or --data): heuristic grid, paper exchange, SQLite, safety, HTML report")
            : new Command("run", "Run a bot through the whole runtime; --paper replays --data on the paper exchange");
        if (!_demo)
        {
            foreach (var option in new Option[] { _paper, _live, _venue, _market, _baseUrl, _apiKey, _apiSecret, _maxTicks, _leverage, _recvWindow, _noStream, _verbose })
            {
                command.Add(option);
            }

            _series.AddTo(command);
        }

        foreach (var option in new Option[] { _lower, _upper, _levels, _mode, _db, _botId, _tick, _report })
        {
            command.Add(option);
        }

        _common.AddTo(command);
        _risk.AddTo(command);
        _features.AddTo(command);
        return command;
    }

    public async Task<int> RunAsync(ParseResult parse, CliConsole console, CancellationToken ct)
    {
        if (!_demo && parse.GetValue(_paper) == parse.GetValue(_live))
        {
            return console.Fail(ExitCodes.BadInput, "choose one of --paper (paper exchange) or --live (a real venue)");
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

        // With --data ROOT (a Parquet root) --venue/--market pick the replayed series; otherwise --venue means live prices.
        var liveMode = !_demo && (parse.GetValue(_live) || (parse.GetValue(_venue) is not null && !BarLoader.IsStoreRoot(input.Data)));
        if (!TryParseInterval(parse.GetValue(_tick) ?? (liveMode ? "15s" : "1m"), out var tick))
        {
            return console.Fail(ExitCodes.BadInput, $"--tick-interval '{parse.GetValue(_tick)}': use e.g. 15s, 1m, 5m");
        }

        var limits = _risk.Read(parse, input.Capital);
        if (!limits.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, limits.Error.Message);
        }

        var features = _features.Read(parse);
        if (!features.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, features.Error.Message);
        }

        if (parse.GetValue(_lower) is { } givenLower && parse.GetValue(_upper) is { } givenUpper && features.Value.Problem(givenLower, givenUpper) is { } rangeProblem)
        {
            return console.Fail(ExitCodes.BadInput, rangeProblem);
        }

        if (liveMode)
        {
            return await RunLiveAsync(parse, input, spacing, tick, limits.Value, features.Value, console, ct).ConfigureAwait(false);
        }

        var loaded = BarLoader.Load(input.Data, SeriesReader(parse), input.FromMs, input.ToMs, ct);
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

        var report = parse.GetValue(_report) ?? (_demo ? Path.Combine("reports", "demo.html") : null);
        if (features.Value.Problem(grid.Value.Lower, grid.Value.Upper) is { } triggerProblem)
        {
            return console.Fail(ExitCodes.BadInput, triggerProblem);
        }

        var request = new PaperSession.Request(input, loaded.Value, grid.Value, features.Value, limits.Value, parse.GetValue(_db), _settings.Storage, parse.GetValue(_botId),
            _demo ? "demo" : "paper", tick, report);
        return await PaperSession.RunAsync(request, console, ct).ConfigureAwait(false);
    }

    private async Task<int> RunLiveAsync(ParseResult parse, CommonInputs input, GridBot.Core.Grid.GridSpacing spacing, TimeSpan tick,
        GridBot.Core.Safety.RiskLimits limits, GridFeatures features, CliConsole console, CancellationToken ct)
    {
        var live = parse.GetValue(_live);
        if (!Enum.TryParse<GridBot.Core.Market.Venue>(parse.GetValue(_venue), ignoreCase: true, out var venue) || venue == GridBot.Core.Market.Venue.Paper)
        {
            return console.Fail(ExitCodes.BadInput, $"--venue '{parse.GetValue(_venue)}': use binance or bybit");
        }

        if (!Enum.TryParse<GridBot.Core.Market.MarketType>(parse.GetValue(_market), ignoreCase: true, out var market) || !Enum.IsDefined(market))
        {
            return console.Fail(ExitCodes.BadInput, $"--market '{parse.GetValue(_market)}': use spot or perp");
        }

        if (input.Data is not null)
        {
            return console.Fail(ExitCodes.BadInput, "--data replays history on the paper exchange; it does not go with --venue or --live");
        }

        var exchange = _settings.Exchange;
        var baseUrlText = parse.GetValue(_baseUrl) ?? exchange.BaseUri()?.ToString() ?? GridBot.Exchanges.Clients.VenueClients.DefaultBaseUrl(venue, market);
        if (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            return console.Fail(ExitCodes.BadInput, $"--base-url '{baseUrlText}' is not an http(s) URL");
        }

        var key = parse.GetValue(_apiKey) ?? exchange.ApiKey;
        var secret = parse.GetValue(_apiSecret) ?? exchange.ApiSecret;
        if (live && (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(secret)))
        {
            return console.Fail(ExitCodes.BadInput, "--live needs an API key and secret: --api-key/--api-secret or Exchange__ApiKey/Exchange__ApiSecret");
        }

        var maxTicks = parse.GetValue(_maxTicks);
        if (maxTicks is < 1)
        {
            return console.Fail(ExitCodes.BadInput, "--max-ticks must be ≥ 1");
        }

        var recvWindow = parse.GetValue(_recvWindow) ?? exchange.RecvWindowMs;
        if (recvWindow is < 1 or > 60_000)
        {
            return console.Fail(ExitCodes.BadInput, $"--recv-window '{recvWindow}': use 1 to 60000 ms");
        }

        var leverage = parse.GetValue(_leverage);
        if (leverage is not null && market != GridBot.Core.Market.MarketType.Perp)
        {
            return console.Fail(ExitCodes.BadInput, "--leverage applies to --market perp only");
        }

        if (leverage is < 1 or > 125)
        {
            return console.Fail(ExitCodes.BadInput, $"--leverage {leverage}: use 1 to 125");
        }

        var credentials = live ? new GridBot.Exchanges.Http.ApiCredentials(key!, secret!) : null;
        var request = new LiveRun.Request(input, live, venue, market, baseUrl, credentials, parse.GetValue(_lower), parse.GetValue(_upper), parse.GetValue(_levels),
            spacing, features, limits, parse.GetValue(_db), _settings.Storage, parse.GetValue(_botId), tick, maxTicks, leverage ?? 1, recvWindow, !parse.GetValue(_noStream), parse.GetValue(_verbose));
        return await LiveRun.RunAsync(request, console, ct).ConfigureAwait(false);
    }

    private Func<GridBot.Core.Errors.Result<GridBot.Core.Ports.BarSeries>> SeriesReader(ParseResult parse) => _demo
        ? () => new GridBot.Core.Errors.Error(GridBot.Core.Errors.ErrorKind.Other, "NoSeriesOptions", "demo takes a CSV file or sim:SEED[:BARS]; replay a Parquet root with 'run --paper --data ROOT'")
        : () => _series.Read(parse, _common.Symbol);

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
