using System.Globalization;
using System.Text.Json;
using GridBot.Backtesting.Data;
using GridBot.Backtesting.Reports;
using GridBot.Core.Bots;
using GridBot.Core.Grid;
using GridBot.Core.Safety;
using GridBot.Exchanges.Paper;
using GridBot.Core.Ports;
using GridBot.Runtime.Hosting;
using GridBot.Storage;
using GridBot.Runtime;
using Spectre.Console;

namespace GridBot.Cli;

/// <summary>Runs a bot through the whole local runtime (paper exchange, SQLite, bus) over bars, and prints the result.</summary>
public static class PaperSession
{
    public sealed record Request(CommonInputs Input, BarSet Bars, GridChoice Grid, GridFeatures Features, RiskLimits Limits, string? Db, StorageOptions Storage, string? BotId, string BotPrefix, TimeSpan TickInterval, string? Report);

    public static async Task<int> RunAsync(Request request, CliConsole console, CancellationToken ct)
    {
        var input = request.Input;
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeMilliseconds(request.Grid.Bars[0].OpenTimeMs));
        BotStores storage;
        try
        {
            storage = await CliStorage.OpenAsync(request.Db, request.Storage, clock, ct).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            return console.Fail(ExitCodes.Failure, ex.Message);
        }

        using var ownedStorage = storage;
        var botId = request.BotId ?? await FreeBotIdAsync(storage, request.BotPrefix, ct).ConfigureAwait(false);
        if (!ClientOrderIds.IsValidBotId(botId))
        {
            return console.Fail(ExitCodes.BadInput, $"--bot-id '{botId}' must be 1–16 characters of [a-zA-Z0-9_]");
        }

        if (await storage.States.LoadAsync(botId, ct).ConfigureAwait(false) is not null)
        {
            return console.Fail(ExitCodes.BadInput, $"bot '{botId}' already exists in {storage.Description}: choose another --bot-id or --db");
        }

        var grid = request.Grid;
        var spec = request.Features.Apply(new GridSpec(grid.Lower, grid.Upper, grid.Levels, grid.Spacing, input.SizingFor(grid.Levels)));
        var config = new BotConfig(botId, GridBot.Core.Market.Venue.Paper, GridBot.Core.Market.MarketType.Spot, input.Rules, spec, input.Capital, input.Fees, request.Limits);
        var exchange = new PaperExchange(
            new PaperExchangeOptions { Rules = input.Rules, Fees = input.Fees, SlippageBps = input.SlippageBps, StartingQuote = input.Capital },
            clock);
        var notifier = new ConsoleNotifier(input.Json ? null : console.Error);
        await using var runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, _ => exchange, notifier, clock);
        var replay = new PaperReplay(runtime, exchange, clock, request.TickInterval);
        PaperRunResult result;
        try
        {
            result = await ProgressAsync(console, input.Json, p => replay.RunAsync(config, grid.Bars, p, storage.Fills, ct)).ConfigureAwait(false);
        }
        catch (BotRejectedException ex) when (ex.IsBadInput)
        {
            return console.Fail(ExitCodes.BadInput, ex.Message);
        }
        catch (Exception ex) when (ex is StateStoreException or StorageUnavailableException)
        {
            return console.Fail(ExitCodes.Failure, ex.Message);
        }

        var files = request.Report is null ? null : WriteReport(request, result, config);
        Print(console, request, storage.Description, result, files);
        return ExitCodes.Ok;
    }

    private static async Task<PaperRunResult> ProgressAsync(CliConsole console, bool quiet, Func<IProgress<double>?, Task<PaperRunResult>> work)
    {
        if (quiet || !console.Interactive)
        {
            return await work(null).ConfigureAwait(false);
        }

        PaperRunResult? result = null;
        await console.Ansi.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var bar = ctx.AddTask("Paper trading", maxValue: 1.0);
                result = await work(new Progress<double>(v => bar.Value = v)).ConfigureAwait(false);
                bar.Value = 1.0;
            }).ConfigureAwait(false);
        return result!;
    }

    private static async Task<string> FreeBotIdAsync(BotStores storage, string prefix, CancellationToken ct)
    {
        var taken = (await storage.States.ListAsync(ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{prefix}{n}");
            if (!taken.Contains(id))
            {
                return id;
            }
        }
    }

    private static ReportFiles WriteReport(Request request, PaperRunResult result, BotConfig config)
    {
        var bars = request.Grid.Bars;
        var first = bars[0].Open;
        var buyAndHold = bars.Select(b => (double)(config.Capital * b.Close / first)).ToArray();
        var fills = result.Fills.Select((f, i) => new GridBot.Backtesting.Kernel.SimFill(
            f.TimeMs, BarIndexOf(bars, f.TimeMs), f.ClientOrderId.EndsWith("-start", StringComparison.Ordinal) ? -1 : 0,
            f.Side, f.Price, f.Quantity, f.Fee.Amount, !f.IsMaker)).ToList();
        var levels = GridLayout.Create(config.Spec, config.Rules).Value.Levels.Select(l => l.Price).ToList();
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{config.Rules.Symbol} paper bot {config.BotId}: {request.Grid.Lower}–{request.Grid.Upper}, {request.Grid.Levels} levels");
        var subtitle = $"{BarLoader.Banner(request.Bars)} Grid from {request.Grid.Source}. Final status: {result.FinalState.Status}"
            + (result.FinalState.StatusReason is { } why ? $" ({why})." : ".");
        var rows = KpiTable.Rows(result.Kpis, config.Rules.Symbol.QuoteAsset).Where(r => r.Key != "Capital the grid needed").ToList();
        rows.Add(new("Orders / cancels", $"{result.Orders:N0} / {result.Cancels:N0}"));
        rows.Add(new("Safety actions", result.SafetyActions.ToString(CultureInfo.InvariantCulture)));
        return HtmlReportWriter.Write(new BacktestReportData(title, subtitle, rows, bars, levels, fills, result.Equity, buyAndHold), request.Report!);
    }

    private static int BarIndexOf(GridBot.Core.Market.Bar[] bars, long timeMs)
    {
        var lo = 0;
        var hi = bars.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (bars[mid].OpenTimeMs <= timeMs)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static void Print(CliConsole console, Request request, string db, PaperRunResult result, ReportFiles? files)
    {
        var k = result.Kpis;
        var grid = request.Grid;
        var state = result.FinalState;
        if (request.Input.Json)
        {
            var json = new RunJson(state.BotId, db, state.Status.ToString(), state.StatusReason, request.Bars.Source, request.Bars.Simulated, k.Bars,
                grid.Lower, grid.Upper, grid.Levels, grid.Spacing.ToString().ToLowerInvariant(), grid.Source, k.Fills, k.Buys, k.Sells, k.RoundTrips,
                result.Orders, result.Cancels, result.SafetyActions, result.LedgerFills, k.StartingCapital, k.StartPrice, k.FinalPrice, k.FinalEquity,
                k.ReturnPct, k.GridProfit, k.Fees, k.InventoryPnl, GridFeatures.TrailingOf(state.Config.Spec), k.TrailShifts, state.Config.Spec.StopLossPrice,
                state.Config.Spec.TakeProfitPrice, k.ExitReason, state.Risk.ConsecutiveLosses, k.MaxDrawdownPct, k.Sharpe, k.BuyAndHoldReturnPct, k.ElapsedMs, k.BarsPerSecond, files?.HtmlPath);
            console.Output.WriteLine(JsonSerializer.Serialize(json, CliJsonContext.Default.RunJson));
            return;
        }

        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bot {state.BotId} ({db}): {grid.Lower} – {grid.Upper}, {grid.Levels} levels, {grid.Spacing}; grid from {grid.Source}."));
        console.Output.WriteLine($"Final status: {state.Status}{(state.StatusReason is { } why ? $" — {why}" : string.Empty)}");
        var table = new Table().AddColumn("KPI").AddColumn(new TableColumn("Value").RightAligned());
        foreach (var row in KpiTable.Rows(k, request.Input.Rules.Symbol.QuoteAsset).Where(r => r.Key != "Capital the grid needed"))
        {
            table.AddRow(Markup.Escape(row.Key), Markup.Escape(row.Value));
        }

        table.AddRow("Orders / cancels", $"{result.Orders:N0} / {result.Cancels:N0}");
        table.AddRow("Safety actions", result.SafetyActions.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Fills in the ledger", result.LedgerFills.ToString("N0", CultureInfo.InvariantCulture));
        console.Ansi.Write(table);
        if (files is not null)
        {
            console.Output.WriteLine($"Report: {files.HtmlPath}");
        }

        console.Output.WriteLine($"Inspect it: gridbot bots show {state.BotId}{CliStorage.BotsHint(CliStorage.Choose(request.Db, request.Storage))}");
    }
}
