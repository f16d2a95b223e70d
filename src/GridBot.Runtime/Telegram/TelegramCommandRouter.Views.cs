using System.Globalization;
using System.Text;
using GridBot.Runtime.Control;
using GridBot.Runtime.Reporting;

namespace GridBot.Runtime.Telegram;

/// <summary>The read-only commands: what the bots are doing and how they did.</summary>
public sealed partial class TelegramCommandRouter
{
    private async Task<TelegramReply> StatusAsync(CancellationToken ct)
    {
        var listed = await control.ListAsync(ct).ConfigureAwait(false);
        if (!listed.IsOk)
        {
            return Failure("/status", listed.Outcome, listed.Detail);
        }

        if (listed.Value.Count == 0)
        {
            return new TelegramReply("No bots yet.");
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{listed.Value.Count} bots: ");
        sb.AppendJoin(", ", listed.Value.GroupBy(b => b.Status, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}")));
        var report = await reports.BuildAsync(ReportPeriod.Before(ReportKind.Daily, Now), ct).ConfigureAwait(false);
        foreach (var p in report.Portfolio)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture,
                $"{p.QuoteAsset}: realized {KpiCsv.D(p.RealizedPnl)}, unrealized {KpiCsv.D(p.UnrealizedPnl)}, fees {KpiCsv.D(p.Fees)}");
        }

        return new TelegramReply(sb.ToString());
    }

    private async Task<TelegramReply> BotsAsync(CancellationToken ct)
    {
        var listed = await control.ListAsync(ct).ConfigureAwait(false);
        if (!listed.IsOk)
        {
            return Failure("/bots", listed.Outcome, listed.Detail);
        }

        return listed.Value.Count == 0
            ? new TelegramReply("No bots yet.")
            : new TelegramReply(string.Join('\n', listed.Value.OrderBy(b => b.BotId, StringComparer.Ordinal)
                .Select(b => $"{b.BotId}: {b.Venue} {b.Market} {b.Symbol} {b.Status}")));
    }

    private async Task<TelegramReply> PnlAsync(CancellationToken ct)
    {
        var report = await reports.BuildAsync(ReportPeriod.Before(ReportKind.Daily, Now), ct).ConfigureAwait(false);
        if (report.Bots.Count == 0)
        {
            return new TelegramReply("No bots yet.");
        }

        var lines = report.Bots.Select(b => string.Create(CultureInfo.InvariantCulture,
            $"{b.BotId}: realized {KpiCsv.D(b.RealizedPnl)} {b.QuoteAsset}, grid profit {KpiCsv.D(b.GridProfit)}, fees {KpiCsv.D(b.Fees)}, position {KpiCsv.D(b.Position)}"));
        var totals = report.Portfolio.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"Total {p.QuoteAsset}: realized {KpiCsv.D(p.RealizedPnl)}, unrealized {KpiCsv.D(p.UnrealizedPnl)}, fees {KpiCsv.D(p.Fees)}"));
        return new TelegramReply(string.Join('\n', lines.Concat(totals)));
    }

    private async Task<TelegramReply> ReportAsync(ReportKind kind, CancellationToken ct)
    {
        var period = ReportPeriod.Before(kind, Now);
        var report = await reports.BuildAsync(period, ct).ConfigureAwait(false);
        return new TelegramReply(KpiReportJob.Summary(report, $"{period.Folder}/portfolio.html"));
    }

    private async Task<TelegramReply> BotReportAsync(string id, CancellationToken ct)
    {
        var exists = await control.StatusAsync(id, ct).ConfigureAwait(false);
        if (!exists.IsOk)
        {
            return Failure($"/report {id}", exists.Outcome, exists.Detail);
        }

        var period = ReportPeriod.Before(ReportKind.Weekly, Now.AddDays(1)); // the last 7 days, today included
        var b = await reports.BuildBotAsync(id, period, ct).ConfigureAwait(false);
        if (b is null)
        {
            return new TelegramReply($"/report {id}: the bot's host has no state for it");
        }

        return new TelegramReply(string.Create(CultureInfo.InvariantCulture, $"""
            {b.BotId} ({b.Venue} {b.Market} {b.Symbol}, {(b.Paper ? "paper" : "live")}) {b.Status}, {period}
            Capital {KpiCsv.D(b.Capital)} {b.QuoteAsset}, position {KpiCsv.D(b.Position)} at {KpiCsv.D(b.AverageEntryPrice)}, last price {(b.LastPrice is { } p ? KpiCsv.D(p) : "-")}
            Realized {KpiCsv.D(b.RealizedPnl)}, unrealized {(b.UnrealizedPnl is { } u ? KpiCsv.D(u) : "-")}, grid profit {KpiCsv.D(b.GridProfit)}, fees {KpiCsv.D(b.Fees)}, round trips {b.RoundTrips}
            Fills {b.PeriodFills} ({b.PeriodBuys} buys, {b.PeriodSells} sells), volume {KpiCsv.D(b.PeriodVolume)}
            """));
    }
}
