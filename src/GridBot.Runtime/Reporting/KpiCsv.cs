using System.Globalization;
using System.Text;

namespace GridBot.Runtime.Reporting;

/// <summary>
/// The report as CSV (RFC 4180, a header row, <c>\n</c> line ends, invariant culture, every decimal written exactly as
/// held; an unknown figure is an empty field).
/// </summary>
public static class KpiCsv
{
    public const string BotsHeader =
        "period,bot_id,venue,market,symbol,quote_asset,paper,status,capital,position,average_entry_price,last_price,realized_pnl,unrealized_pnl," +
        "grid_profit,fees,round_trips,equity,period_fills,period_buys,period_sells,period_volume";

    public const string PortfolioHeader =
        "period,quote_asset,bots,running,priced_bots,capital,realized_pnl,unrealized_pnl,grid_profit,fees,round_trips,equity,period_fills,period_volume";

    public static string Bots(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(BotsHeader).Append('\n');
        foreach (var b in report.Bots)
        {
            Row(sb, report.Period.Label, b.BotId, b.Venue, b.Market, b.Symbol, b.QuoteAsset, b.Paper ? "true" : "false", b.Status, D(b.Capital), D(b.Position),
                D(b.AverageEntryPrice), D(b.LastPrice), D(b.RealizedPnl), D(b.UnrealizedPnl), D(b.GridProfit), D(b.Fees), I(b.RoundTrips), D(b.Equity),
                I(b.PeriodFills), I(b.PeriodBuys), I(b.PeriodSells), D(b.PeriodVolume));
        }

        return sb.ToString();
    }

    public static string Portfolio(KpiReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(PortfolioHeader).Append('\n');
        foreach (var p in report.Portfolio)
        {
            Row(sb, report.Period.Label, p.QuoteAsset, I(p.Bots), I(p.Running), I(p.PricedBots), D(p.Capital), D(p.RealizedPnl), D(p.UnrealizedPnl),
                D(p.GridProfit), D(p.Fees), I(p.RoundTrips), D(p.Equity), I(p.PeriodFills), D(p.PeriodVolume));
        }

        return sb.ToString();
    }

    internal static string D(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder sb, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            sb.Append(i == 0 ? string.Empty : ",").Append(Field(fields[i]));
        }

        sb.Append('\n');
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
