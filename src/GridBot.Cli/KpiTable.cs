using System.Globalization;
using GridBot.Backtesting.Kernel;

namespace GridBot.Cli;

/// <summary>
/// The KPIs as (name, value) rows, shared by the console table and the HTML report. The equity change splits into the
/// round-trip profit, the fees and the inventory's PnL; the trail shifts and the exit are shown when there are any.
/// </summary>
public static class KpiTable
{
    public static IReadOnlyList<KeyValuePair<string, string>> Rows(BacktestKpis k, string quote)
    {
        ArgumentNullException.ThrowIfNull(k);
        var rows = new List<KeyValuePair<string, string>>
        {
            new("Bars", N(k.Bars)),
            new("Fills (buys / sells)", $"{N(k.Fills)} ({N(k.Buys)} / {N(k.Sells)})"),
            new("Round trips", N(k.RoundTrips)),
            new("Starting capital", Money(k.StartingCapital, quote)),
            new("Capital the grid needed", Money(k.RequiredCapital, quote)),
            new("Final equity", Money(k.FinalEquity, quote)),
            new("Return", Pct(k.ReturnPct)),
            new("Buy and hold", Pct(k.BuyAndHoldReturnPct)),
            new("Round-trip profit (before fees)", Money(k.GridProfit, quote)),
            new("Fees", Money(k.Fees, quote)),
            new("Inventory PnL (unrealized)", Money(k.InventoryPnl, quote)),
        };
        if (k.TrailShifts > 0)
        {
            rows.Add(new("Trail shifts", N(k.TrailShifts)));
        }

        if (k.ExitReason is { } exit)
        {
            var at = k.ExitTimeMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString(" 'at' yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : string.Empty;
            rows.Add(new("Exit", exit + at));
        }

        rows.Add(new("Max drawdown", Pct((decimal)k.MaxDrawdownPct)));
        rows.Add(new("Sharpe (daily, annualised)", k.Sharpe.ToString("F2", CultureInfo.InvariantCulture)));
        rows.Add(new("Start → final price", $"{k.StartPrice.ToString(CultureInfo.InvariantCulture)} → {k.FinalPrice.ToString(CultureInfo.InvariantCulture)}"));
        rows.Add(new("Simulation speed", string.Create(CultureInfo.InvariantCulture, $"{k.ElapsedMs:F1} ms, {CliConsole.Rate(k.BarsPerSecond)}bars/s")));
        return rows;
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(decimal value, string quote) => $"{decimal.Round(value, 2).ToString("N2", CultureInfo.InvariantCulture)} {quote}";

    private static string Pct(decimal value) => $"{decimal.Round(value, 2).ToString("F2", CultureInfo.InvariantCulture)}%";
}
