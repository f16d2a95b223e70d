using System.Globalization;
using System.Text;
using GridBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace GridBot.Runtime.Reporting;

/// <summary>
/// The daily and weekly KPI report: every registered bot's state from its host (<see cref="IBotHost"/>, never the
/// state store: in the Function app the bots live in Durable entities) and its ledger fills in the period, summed per
/// quote asset. Writes <c>{folder}/portfolio.csv</c>, <c>{folder}/bots.csv</c>, <c>{folder}/portfolio.html</c> and the
/// chart <c>{folder}/portfolio.png</c> (<see cref="KpiChart"/>; folder <c>daily/2026-12-04</c> or <c>weekly/2026-W49</c>;
/// a rerun overwrites them; the chart only on a host with a font, <see cref="KpiChart.CanDraw"/>), then sends a short
/// summary, and the files as documents when the notifier delivers documents (<see cref="IDocumentNotifier"/>: Telegram).
/// </summary>
public sealed partial class KpiReportJob(
    IBotRegistry registry, IBotHost host, IFillLedger ledger, IArtifactStore artifacts, INotifier notifier, TimeProvider time, ILogger<KpiReportJob> logger)
{
    /// <summary>The id the summary is sent under (the notifier's per-bot key).</summary>
    public const string NotifyId = "report";

    private const string CsvType = "text/csv; charset=utf-8";
    private const string HtmlType = "text/html; charset=utf-8";
    private const string PngType = "image/png";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The report for the day or the seven days before now's UTC day.</summary>
    public Task<KpiReportResult> RunAsync(ReportKind kind, CancellationToken ct) => RunAsync(ReportPeriod.Before(kind, time.GetUtcNow()), ct);

    public async Task<KpiReportResult> RunAsync(ReportPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var report = await BuildAsync(period, ct).ConfigureAwait(false);
        var files = new List<(string Name, byte[] Content, string Type)>
        {
            ($"{period.Folder}/portfolio.csv", Utf8.GetBytes(KpiCsv.Portfolio(report)), CsvType),
            ($"{period.Folder}/bots.csv", Utf8.GetBytes(KpiCsv.Bots(report)), CsvType),
            ($"{period.Folder}/portfolio.html", Utf8.GetBytes(KpiHtml.Render(report)), HtmlType),
        };
        if (KpiChart.CanDraw)
        {
            files.Add(($"{period.Folder}/portfolio.png", KpiChart.Png(report), PngType));
        }
        else
        {
            NoFont(logger, period.Folder, KpiChart.FontVariable);
        }

        foreach (var (name, content, type) in files)
        {
            await artifacts.PutAsync(ArtifactNames.Require(name), content, type, ct).ConfigureAwait(false);
        }

        var summary = Summary(report, files[2].Name);
        await notifier.NotifyAsync(NotifyId, summary, ct).ConfigureAwait(false);
        if (notifier is IDocumentNotifier documents)
        {
            // A chat notifier (Telegram) also gets the files, named so they stay apart in the chat: daily-2026-12-04-portfolio.csv.
            // The PNG goes as a document too (the full-size image, not a recompressed photo).
            foreach (var (name, content, _) in files)
            {
                await documents.SendDocumentAsync(name.Replace('/', '-'), content, $"{period.Kind} report {period.Label}", ct).ConfigureAwait(false);
            }
        }

        Written(logger, period.Folder, report.Bots.Count, report.Missing.Count);
        return new KpiReportResult(report, [.. files.Select(f => f.Name)], summary);
    }

    public async Task<KpiReport> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var bots = new List<BotKpi>();
        var missing = new List<string>();
        foreach (var info in (await registry.ListAsync(ct).ConfigureAwait(false)).OrderBy(b => b.BotId, StringComparer.Ordinal))
        {
            if (await BuildBotAsync(info.BotId, period, ct).ConfigureAwait(false) is { } kpi)
            {
                bots.Add(kpi);
            }
            else
            {
                NoState(logger, info.BotId);
                missing.Add(info.BotId);
            }
        }

        return new KpiReport(period, time.GetUtcNow().ToUnixTimeMilliseconds(), bots, PortfolioKpi.Of(bots), missing);
    }

    /// <summary>One bot's KPIs over <paramref name="period"/>: its state from its host and its ledger fills in the period; null when its host has no state.</summary>
    public async Task<BotKpi?> BuildBotAsync(string botId, ReportPeriod period, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var state = await host.GetStateAsync(botId, ct).ConfigureAwait(false);
        if (state is null)
        {
            return null;
        }

        var since = await ledger.QueryAsync(botId, period.FromMs, null, ct).ConfigureAwait(false);
        return BotKpi.Of(state, [.. since.Where(f => f.TimeMs < period.ToMs)]);
    }

    /// <summary>A few lines for a chat: the period, the bot count, and per quote asset the PnL, fees and the period's fills.</summary>
    public static string Summary(KpiReport report, string htmlName)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        var running = report.Portfolio.Sum(p => p.Running);
        sb.Append(CultureInfo.InvariantCulture, $"{report.Period.Kind} report {report.Period.Label}: {report.Bots.Count} bots, {running} running");
        if (report.Missing.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", {report.Missing.Count} without state");
        }

        foreach (var p in report.Portfolio)
        {
            sb.Append('\n').Append(CultureInfo.InvariantCulture,
                $"{p.QuoteAsset}: realized {KpiCsv.D(p.RealizedPnl)}, unrealized {KpiCsv.D(p.UnrealizedPnl)}, grid profit {KpiCsv.D(p.GridProfit)}, fees {KpiCsv.D(p.Fees)}, {p.PeriodFills} fills");
        }

        sb.Append('\n').Append(htmlName);
        return sb.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report: bot {BotId} is registered but its host has no state; left out")]
    private static partial void NoState(ILogger logger, string botId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report {Folder}: no chart image, this host has no font (install fonts-dejavu-core or set {Variable})")]
    private static partial void NoFont(ILogger logger, string folder, string variable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {Folder} written: {Bots} bots, {Missing} without state")]
    private static partial void Written(ILogger logger, string folder, int bots, int missing);
}
