using System.Globalization;
using System.Text.Json;
using GridBot.Core.Bots;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Heuristics;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Safety;
using GridBot.Exchanges.Clients;
using GridBot.Exchanges.Http;
using GridBot.Exchanges.Paper;
using GridBot.Exchanges.Streaming;
using GridBot.Runtime.Hosting;
using GridBot.Storage;
using GridBot.Runtime;
using Microsoft.Extensions.Logging;

namespace GridBot.Cli;

/// <summary>
/// <c>run --live</c> (a real venue, keys required) and <c>run --paper --venue</c> (the paper exchange on the venue's
/// live public prices): the bot ticks in real time until <c>--max-ticks</c> or Ctrl+C. Keys come from
/// <c>--api-key/--api-secret</c> or the environment (<c>Exchange__ApiKey</c>, <c>Exchange__ApiSecret</c>,
/// <c>Exchange__BaseUrl</c>) and are never printed or logged.
/// </summary>
public static class LiveRun
{
    public sealed record Request(
        CommonInputs Input, bool Live, Venue Venue, MarketType Market, Uri BaseUrl, ApiCredentials? Credentials, decimal? Lower, decimal? Upper,
        int? Levels, GridSpacing Spacing, GridFeatures Features, RiskLimits Limits, string? Db, StorageOptions Storage, string? BotId, TimeSpan TickInterval, int? MaxTicks, int Leverage, int RecvWindowMs, bool Streams, bool Verbose);

    public sealed record LiveJson(string BotId, string Venue, string Market, string Symbol, bool Paper, string Status, string? StatusReason,
        decimal Lower, decimal Upper, int Levels, int Ticks, int Orders, int Cancels, int Fills, decimal Position, decimal AverageCostRealizedPnl, decimal GridProfit, string Db,
        string Streaming, long StreamEvents, long StreamResyncs, int? VenueOpenOrders, int? UntrackedOrders);

    public static async Task<int> RunAsync(Request request, CliConsole console, CancellationToken ct)
    {
        using var loggers = LoggerFactory.Create(b => b
            .SetMinimumLevel(request.Verbose ? LogLevel.Debug : LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)); // stdout is for the result (--json) only
        var logger = loggers.CreateLogger("GridBot.Exchange");
        using var http = new HttpClient();
        var venue = VenueClients.Create(request.Venue, request.Market, new RestOptions { BaseUrl = request.BaseUrl, RecvWindowMs = request.RecvWindowMs }, request.Credentials, TimeProvider.System, logger, http);
        var symbol = request.Input.Rules.Symbol;
        var rules = await venue.GetRulesAsync(symbol, ct).ConfigureAwait(false);
        if (!rules.IsSuccess)
        {
            return console.Fail(rules.Error.Kind is ErrorKind.Network or ErrorKind.UnknownStatus ? ExitCodes.Failure : ExitCodes.BadInput,
                $"{request.Venue} {request.Market} {symbol}: could not load the symbol rules: {rules.Error}");
        }

        if (request.Live)
        {
            // Check the keys before a bot exists: a refused key is bad input, not a bot to pause and leave behind.
            var balances = await venue.GetBalancesAsync(ct).ConfigureAwait(false);
            if (!balances.IsSuccess)
            {
                return console.Fail(balances.Error.Kind == ErrorKind.Auth ? ExitCodes.BadInput : ExitCodes.Failure,
                    $"{request.Venue} {request.Market}: the account could not be read with these API keys: {balances.Error}");
            }

            if (venue is IPerpAccount perp && request.Market == MarketType.Perp && await PreparePerpAsync(request, perp, symbol, console, ct).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }
        }

        var grid = await GridAsync(request, venue, rules.Value, ct).ConfigureAwait(false);
        if (!grid.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, grid.Error.Message);
        }

        if (request.Features.Problem(grid.Value.Lower, grid.Value.Upper) is { } triggerProblem)
        {
            return console.Fail(ExitCodes.BadInput, triggerProblem);
        }

        var paper = request.Live ? null : new PaperExchange(new PaperExchangeOptions
        {
            Rules = rules.Value, Fees = request.Input.Fees, SlippageBps = request.Input.SlippageBps, StartingQuote = request.Input.Capital, Market = request.Market,
            Leverage = request.Leverage,
        }, TimeProvider.System);
        IExchange trading = paper is null ? venue : paper;
        BotStores storage;
        try
        {
            storage = await CliStorage.OpenAsync(request.Db, request.Storage, TimeProvider.System, ct).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            return console.Fail(ExitCodes.Failure, ex.Message);
        }

        using var ownedStorage = storage;
        var botId = request.BotId ?? (request.Live ? "live1" : "paperlive1");
        var config = new BotConfig(botId, request.Venue, request.Market, rules.Value,
            request.Features.Apply(new GridSpec(grid.Value.Lower, grid.Value.Upper, grid.Value.Levels, request.Spacing, request.Input.SizingFor(grid.Value.Levels))),
            request.Input.Capital, request.Input.Fees, request.Limits);
        var notifier = new ConsoleNotifier(console.Error);
        await using var runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, _ => trading, notifier, TimeProvider.System,
            options: new RuntimeOptions { TickInterval = request.TickInterval });
        await using var userEvents = request.Live && request.Streams
            ? VenueStreams.CreateUserStream(venue, request.BaseUrl, request.Credentials!, symbol, TimeProvider.System, logger, recvWindowMs: request.RecvWindowMs)
            : null;
        await using var prices = !request.Live && request.Streams
            ? VenueStreams.CreateMarketStream(request.Venue, request.Market, request.BaseUrl, symbol, TimeProvider.System, logger)
            : null;
        var session = new LiveSession(runtime, venue, paper, TimeProvider.System, request.TickInterval) { UserEvents = userEvents, MarketData = prices };
        var ticks = 0;
        BotState final;
        try
        {
            final = await session.RunAsync(config, request.MaxTicks, s =>
            {
                ticks++;
                if (!request.Input.Json)
                {
                    console.Note(string.Create(CultureInfo.InvariantCulture,
                        $"tick {ticks}: {s.Status}, {s.Intents.Count} orders open, position {s.Position.Quantity} {symbol.BaseAsset}, fills {s.Counters.Fills}"));
                }
            }, ct).ConfigureAwait(false);
        }
        catch (BotRejectedException ex)
        {
            return console.Fail(ex.IsBadInput ? ExitCodes.BadInput : ExitCodes.Failure, ex.Message);
        }
        catch (Exception ex) when (ex is StateStoreException or StorageUnavailableException)
        {
            return console.Fail(ExitCodes.Failure, ex.Message);
        }

        var json = new LiveJson(final.BotId, request.Venue.ToString(), request.Market.ToString(), symbol.Name, paper is not null, final.Status.ToString(),
            final.StatusReason, grid.Value.Lower, grid.Value.Upper, grid.Value.Levels, ticks, final.Counters.Orders, final.Counters.Cancels,
            final.Counters.Fills, final.Position.Quantity, final.Position.NetRealizedPnl, final.Grid?.GridProfit ?? 0m, storage.Description,
            userEvents is not null ? "user events" : prices is not null ? "prices" : "off", session.Stats.UserEvents, session.Stats.Resyncs,
            session.Stats.VenueOpenOrders, session.Stats.Untracked);
        console.Output.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.LiveJson));
        return ExitCodes.Ok;
    }

    /// <summary>One-way mode (the bot's orders say positionSide BOTH / positionIdx 0) and the chosen leverage; an exit code when either fails.</summary>
    private static async Task<int?> PreparePerpAsync(Request request, IPerpAccount perp, Symbol symbol, CliConsole console, CancellationToken ct)
    {
        var oneWay = await perp.IsOneWayModeAsync(symbol, ct).ConfigureAwait(false);
        if (!oneWay.IsSuccess)
        {
            return console.Fail(ExitCodes.Failure, $"{request.Venue} perp {symbol}: could not read the position mode: {oneWay.Error}");
        }

        if (!oneWay.Value)
        {
            return console.Fail(ExitCodes.BadInput,
                $"{request.Venue} perp: the account is in hedge mode; the bot trades one-way mode only: switch the position mode to one-way and run again");
        }

        var leverage = await perp.SetLeverageAsync(symbol, request.Leverage, ct).ConfigureAwait(false);
        if (!leverage.IsSuccess)
        {
            return console.Fail(ExitCodes.BadInput, $"{request.Venue} perp {symbol}: could not set leverage {request.Leverage}: {leverage.Error}");
        }

        console.Note(string.Create(CultureInfo.InvariantCulture, $"{request.Venue} perp {symbol}: one-way mode, leverage {leverage.Value}x"));
        return null;
    }

    private static async Task<Result<GridSuggestion>> GridAsync(Request request, IExchange venue, SymbolRules rules, CancellationToken ct)
    {
        if (request.Lower is { } lower && request.Upper is { } upper && request.Levels is { } levels)
        {
            return new GridSuggestion(lower, upper, (lower + upper) / 2, levels, 1.0, VolatilityRegime.Unknown, null, null, false, "options");
        }

        if (request.Lower is not null || request.Upper is not null || request.Levels is not null)
        {
            return new Error(ErrorKind.Other, "BadOptions", "give all of --lower, --upper and --levels, or none to let the baseline heuristic choose");
        }

        var bars = await venue.GetKlinesAsync(rules.Symbol, "15m", null, 200, ct).ConfigureAwait(false);
        if (!bars.IsSuccess)
        {
            return new Error(bars.Error.Kind, bars.Error.Code, $"could not load 15m bars to choose a grid: {bars.Error.Message}");
        }

        return BaselineHeuristic.Suggest(bars.Value, new BaselineHeuristicOptions { TickSize = rules.TickSize, MinStepFraction = 4m * request.Input.Fees.MakerRate });
    }
}
