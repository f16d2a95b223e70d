using System.Globalization;
using System.Net;
using System.Text;

namespace GridBot.Runtime.Reporting;

/// <summary>
/// The report as one self-contained HTML page in the backtest report's style (inline CSS; no scripts, fonts or links to
/// the network): the portfolio per quote asset, then each bot. Every text is HTML-escaped; figures as in the CSV.
/// </summary>
public static class KpiHtml
{
    private const string Css =
        "body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2933;background:#f7f9fb;margin:0}" +
        "main{max-width:1200px;margin:0 auto;padding:24px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}" +
        ".sub,.note{color:#616e7c}table{border-collapse:collapse;background:#fff;width:100%;font-variant-numeric:tabular-nums}" +
        "th,td{padding:5px 8px;border-bottom:1px solid #e4e7eb;text-align:right;white-space:nowrap}th{background:#eef2f6;font-weight:600}" +
        "td.t,th.t{text-align:left}.neg{color:#c53030}.pos{color:#2f855a}.wrap{overflow-x:auto}";

    public static string Render(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var title = $"GridBot {report.Period.Kind.ToString().ToLowerInvariant()} report {report.Period.Label}";
        var generated = DateTimeOffset.FromUnixTimeMilliseconds(report.GeneratedMs).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
          .Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"sub\">")
          .Append(E($"period {report.Period} (UTC), generated {generated}, {report.Bots.Count} bots")).Append("</p>\n");

        sb.Append("<section id=\"portfolio\">\n<h2>Portfolio</h2>\n<div class=\"wrap\"><table>\n");
        Header(sb, "quote", "bots", "running", "capital", "realized PnL", "unrealized PnL", "grid profit", "fees", "round trips", "equity", "fills", "volume");
        foreach (var p in report.Portfolio)
        {
            sb.Append("<tr>");
            Text(sb, p.QuoteAsset);
            Num(sb, p.Bots, p.Running, p.Capital, p.RealizedPnl, p.UnrealizedPnl, p.GridProfit, p.Fees, p.RoundTrips,
                p.PricedBots == p.Bots ? p.Equity : null, p.PeriodFills, p.PeriodVolume);
            sb.Append("</tr>\n");
        }

        sb.Append("</table></div>\n<p class=\"note\">PnL, grid profit and fees are running totals at report time; fills and volume are the period's. ")
          .Append("Equity is capital + realized + unrealized PnL at the bot's last price, shown when every bot has one.</p>\n</section>\n");
        Bots(sb, report);
        if (report.Missing.Count > 0)
        {
            sb.Append("<p class=\"note\">").Append(E("No state for: " + string.Join(", ", report.Missing))).Append("</p>\n");
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Bots(StringBuilder sb, KpiReport report)
    {
        sb.Append("<section id=\"bots\">\n<h2>Bots</h2>\n<div class=\"wrap\"><table>\n");
        Header(sb, "bot", "venue", "symbol", "status", "position", "avg entry", "last price", "realized PnL", "unrealized PnL", "grid profit", "fees",
            "round trips", "equity", "fills", "buys", "sells", "volume");
        foreach (var b in report.Bots)
        {
            sb.Append("<tr>");
            Text(sb, b.BotId, $"{b.Venue}{(b.Paper ? " (paper)" : string.Empty)} {b.Market}", b.Symbol, b.Status);
            Num(sb, b.Position, b.AverageEntryPrice, b.LastPrice, b.RealizedPnl, b.UnrealizedPnl, b.GridProfit, b.Fees, b.RoundTrips, b.Equity,
                b.PeriodFills, b.PeriodBuys, b.PeriodSells, b.PeriodVolume);
            sb.Append("</tr>\n");
        }

        sb.Append("</table></div>\n</section>\n");
    }

    private static void Header(StringBuilder sb, string first, params string[] rest)
    {
        sb.Append("<tr><th class=\"t\">").Append(E(first)).Append("</th>");
        foreach (var h in rest)
        {
            sb.Append("<th>").Append(E(h)).Append("</th>");
        }

        sb.Append("</tr>\n");
    }

    private static void Text(StringBuilder sb, params string[] cells)
    {
        foreach (var c in cells)
        {
            sb.Append("<td class=\"t\">").Append(E(c)).Append("</td>");
        }
    }

    private static void Num(StringBuilder sb, params object?[] cells)
    {
        foreach (var c in cells)
        {
            var sign = c is decimal d && d != 0m ? (d < 0m ? " class=\"neg\"" : string.Empty) : string.Empty;
            var text = c switch
            {
                null => "–",
                decimal m => KpiCsv.D(m),
                int i => i.ToString(CultureInfo.InvariantCulture),
                _ => Convert.ToString(c, CultureInfo.InvariantCulture) ?? string.Empty,
            };
            sb.Append("<td").Append(sign).Append('>').Append(E(text)).Append("</td>");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
