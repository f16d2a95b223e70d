using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GridBot.Core.Serialization;
using GridBot.Core.Ports;
using GridBot.Runtime.Hosting;
using GridBot.Storage;
using Spectre.Console;

namespace GridBot.Cli;

public sealed record BotListJson(string BotId, string Venue, string Market, string Symbol, string Status, long CreatedMs, long UpdatedMs);

public sealed record BotShowJson(string BotId, string Status, string? StatusReason, JsonElement State);

public sealed record FillJson(string TradeId, string ClientOrderId, string Side, decimal Price, decimal Quantity, decimal Fee, string FeeAsset, bool IsMaker, long TimeMs);

/// <summary>
/// <c>gridbot bots list|show ID|fills ID</c>: read the local state (the SQLite file) without changing it, through the
/// control service every host shares.
/// </summary>
public sealed class BotsCommand(CliConsole console, CliSettings settings)
{
    private readonly Option<string?> _db = new("--db") { Description = "SQLite file (default: Storage__SqlitePath, gridbot.db; or Azure storage when Storage__Kind=Azure)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print JSON" };
    private readonly Argument<string> _id = new("id") { Description = "Bot id" };

    public Command Build(Func<Func<ParseResult, CancellationToken, Task<int>>, Func<ParseResult, CancellationToken, Task<int>>> wrap)
    {
        var bots = new Command("bots", "Inspect and control bots in the configured store (SQLite by default, or Azure storage)");
        var list = new Command("list", "List the bots");
        var show = new Command("show", "Show one bot's state");
        var fills = new Command("fills", "Show one bot's fills from the ledger");
        foreach (var c in new[] { list, show, fills })
        {
            c.Add(_db);
            c.Add(_json);
            bots.Add(c);
        }

        show.Add(_id);
        fills.Add(_id);
        list.SetAction(wrap(ListAsync));
        show.SetAction(wrap(ShowAsync));
        fills.SetAction(wrap(FillsAsync));
        return bots;
    }

    private CliConsole Console => console;

    private async Task<int> ListAsync(ParseResult parse, CancellationToken ct)
    {
        var (session, failed) = await OpenAsync(parse, ct).ConfigureAwait(false);
        if (session is null)
        {
            return failed;
        }

        await using (session)
        {
            var listed = await session.Control.ListAsync(ct).ConfigureAwait(false);
            if (!listed.IsOk)
            {
                return Console.Fail(ExitCodes.Failure, listed.Detail!);
            }

            var rows = listed.Value!.Select(b => new BotListJson(b.BotId, b.Venue, b.Market, b.Symbol, b.Status, b.CreatedMs, b.UpdatedMs)).ToList();
            if (parse.GetValue(_json))
            {
                Console.Output.WriteLine(JsonSerializer.Serialize<IReadOnlyList<BotListJson>>(rows, CliJsonContext.Default.IReadOnlyListBotListJson));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Bot", "Venue", "Market", "Symbol", "Status", "Updated (UTC)");
            foreach (var b in rows)
            {
                table.AddRow(b.BotId, b.Venue, b.Market, b.Symbol, b.Status, Time(b.UpdatedMs));
            }

            Console.Ansi.Write(table);
            Console.Output.WriteLine($"{rows.Count} bot(s) in {session.Where}");
            return ExitCodes.Ok;
        }
    }

    private async Task<int> ShowAsync(ParseResult parse, CancellationToken ct)
    {
        var (session, failed) = await OpenAsync(parse, ct).ConfigureAwait(false);
        if (session is null)
        {
            return failed;
        }

        await using (session)
        {
            var id = parse.GetValue(_id)!;
            var found = await session.Control.StateAsync(id, ct).ConfigureAwait(false);
            if (!found.IsOk)
            {
                return Console.Fail(ExitCodes.BadInput, $"{found.Detail} in {session.Where}");
            }

            var state = found.Value;
            if (parse.GetValue(_json))
            {
                using var doc = JsonDocument.Parse(JsonSerializer.Serialize(state, CoreJsonContext.Default.BotState));
                var show = new BotShowJson(state.BotId, state.Status.ToString(), state.StatusReason, doc.RootElement.Clone());
                Console.Output.WriteLine(JsonSerializer.Serialize(show, CliJsonContext.Default.BotShowJson));
                return ExitCodes.Ok;
            }

            var c = state.Config;
            var table = new Table().AddColumn("Bot " + Markup.Escape(state.BotId)).AddColumn("");
            table.AddRow("Status", Markup.Escape(state.Status + (state.StatusReason is { } why ? $" — {why}" : string.Empty)));
            table.AddRow("Trades", $"{c.Rules.Symbol} on {c.Venue} {c.Market}");
            table.AddRow("Grid", string.Create(CultureInfo.InvariantCulture, $"{c.Spec.Lower}–{c.Spec.Upper}, {c.Spec.Levels} levels, {c.Spec.Spacing}, generation {state.Grid?.Generation ?? 0}"));
            table.AddRow("Position", string.Create(CultureInfo.InvariantCulture, $"{state.Position.Quantity} {c.Rules.Symbol.BaseAsset} @ {decimal.Round(state.Position.AverageEntryPrice, 2)}"));
            table.AddRow("Round-trip profit (before fees) / round trips", string.Create(CultureInfo.InvariantCulture, $"{decimal.Round(state.Grid?.GridProfit ?? 0m, 2)} / {state.Grid?.RoundTrips ?? 0}"));
            table.AddRow("Fees", string.Create(CultureInfo.InvariantCulture, $"{decimal.Round(state.Position.FeesPaid, 2)} {c.Rules.Symbol.QuoteAsset}"));
            if (state.UnconvertedFees is { Count: > 0 } unconverted)
            {
                table.AddRow("Fees not converted (no price)", Markup.Escape(string.Join(", ", unconverted)));
            }

            table.AddRow("Average-cost realized PnL (net of fees)", string.Create(CultureInfo.InvariantCulture, $"{decimal.Round(state.Position.NetRealizedPnl, 2)} {c.Rules.Symbol.QuoteAsset}"));
            table.AddRow("Loss streak (round trips)", state.Risk.ConsecutiveLosses.ToString(CultureInfo.InvariantCulture));
            if (c.Spec.Trailing || c.Spec.StopLossPrice is not null || c.Spec.TakeProfitPrice is not null)
            {
                table.AddRow("Trailing / stop-loss / take-profit", string.Create(CultureInfo.InvariantCulture,
                    $"{(c.Spec.Trailing ? $"{state.Grid?.TrailShifts ?? 0} of {c.Spec.MaxTrailShifts} shifts" : "off")} / {c.Spec.StopLossPrice?.ToString(CultureInfo.InvariantCulture) ?? "—"} / {c.Spec.TakeProfitPrice?.ToString(CultureInfo.InvariantCulture) ?? "—"}"));
            }

            if (state.Flatten is { } flatten)
            {
                table.AddRow("Flatten", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{flatten.Status}: {flatten.FilledQuantity} of {flatten.TotalQuantity} at {decimal.Round(flatten.AveragePrice, 2)}, {flatten.OrdersSent} order(s) ({flatten.Reason})")));
            }
            table.AddRow("Open orders (intents)", state.Intents.Count.ToString(CultureInfo.InvariantCulture));
            table.AddRow("Orders / cancels / fills", $"{state.Counters.Orders} / {state.Counters.Cancels} / {state.Counters.Fills}");
            table.AddRow("Safety actions / rejections / re-sends", $"{state.Counters.SafetyActions} / {state.Counters.Rejections} / {state.Counters.Resends}");
            table.AddRow("Updated (UTC)", Time(state.UpdatedMs));
            Console.Ansi.Write(table);
            return ExitCodes.Ok;
        }
    }

    private async Task<int> FillsAsync(ParseResult parse, CancellationToken ct)
    {
        var (session, failed) = await OpenAsync(parse, ct).ConfigureAwait(false);
        if (session is null)
        {
            return failed;
        }

        await using (session)
        {
            var id = parse.GetValue(_id)!;
            var fills = await session.Control.FillsAsync(id, null, null, ct).ConfigureAwait(false);
            if (!fills.IsOk)
            {
                return Console.Fail(ExitCodes.BadInput, $"{fills.Detail} in {session.Where}");
            }

            var rows = fills.Value.Select(f => new FillJson(f.TradeId, f.ClientOrderId, f.Side, f.Price, f.Quantity, f.Fee, f.FeeAsset, f.IsMaker, f.TimeMs)).ToList();
            if (parse.GetValue(_json))
            {
                Console.Output.WriteLine(JsonSerializer.Serialize<IReadOnlyList<FillJson>>(rows, CliJsonContext.Default.IReadOnlyListFillJson));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Time (UTC)", "Trade", "Order", "Side", "Price", "Qty", "Fee");
            foreach (var f in rows)
            {
                table.AddRow(Time(f.TimeMs), f.TradeId, f.ClientOrderId, f.Side, I(f.Price), I(f.Quantity), $"{I(f.Fee)} {f.FeeAsset}");
            }

            Console.Ansi.Write(table);
            Console.Output.WriteLine($"{rows.Count} fill(s)");
            return ExitCodes.Ok;
        }
    }

    /// <summary>The session, or null and the exit code of the failure it reported (2: no such file; 1: the store refused).</summary>
    private async Task<(ControlSession? Session, int ExitCode)> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var db = parse.GetValue(_db);
        var chosen = CliStorage.Choose(db, settings.Storage);
        if (chosen.Kind == StorageKind.Sqlite && !File.Exists(chosen.SqlitePath))
        {
            return (null, Console.Fail(ExitCodes.BadInput, $"no database at {Path.GetFullPath(chosen.SqlitePath)} (run 'gridbot demo' or 'gridbot run --paper' first, or pass --db)"));
        }

        try
        {
            return (await ControlSession.OpenAsync(db, settings, ct).ConfigureAwait(false), ExitCodes.Ok);
        }
        catch (StorageUnavailableException ex)
        {
            return (null, Console.Fail(ExitCodes.Failure, ex.Message));
        }
    }

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string I(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
