using GridBot.Backtesting.Kernel;
using GridBot.Backtesting.Reports;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Reports;

/// <summary>
/// A sine-ish 1m price with a crash, traded by a toy grid (a buy when the close crosses a level down, a sell when it
/// crosses up): enough to exercise the report, not a backtest.
/// </summary>
internal static class SyntheticRun
{
    public const long StartMs = 1_677_628_800_000; // 2023-03-01T00:00:00Z
    private const long MinuteMs = 60_000;

    public static BacktestReportData Create(int barCount, int periodBars, string title = "BTC/USDC grid · synthetic")
    {
        var bars = Bars(barCount, periodBars);
        var levels = Enumerable.Range(0, 11).Select(i => 23_000m + 400m * i).ToArray();
        var (fills, equity) = Trade(bars, levels);
        var units = 100_000.0 / (double)bars[0].Close;
        var buyAndHold = bars.Select(b => units * (double)b.Close).ToArray();
        var kpis = new List<KeyValuePair<string, string>>
        {
            new("Net profit", $"{equity[^1] - equity[0]:0.00} USDC"),
            new("Fills", fills.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Max drawdown", $"{Drawdown.Of(equity).Fraction:0.0%}"),
            new("Buy & hold", $"{buyAndHold[^1] - buyAndHold[0]:0.00} USDC"),
        };
        return new BacktestReportData(title, "2023-03-01 → synthetic, 11 arithmetic levels 23,000–27,000", kpis, bars, levels, fills, equity, buyAndHold);
    }

    public static Bar[] Bars(int barCount, int periodBars)
    {
        var bars = new Bar[barCount];
        var crashAt = barCount * 7 / 10;
        var previous = 25_000.0;
        for (var i = 0; i < barCount; i++)
        {
            var close = 25_000 + 1_600 * Math.Sin(2 * Math.PI * i / periodBars) + 300 * Math.Sin(i / 37.0) + Crash(i, crashAt, barCount);
            var open = previous;
            var high = Math.Max(open, close) + 15 + 10 * Math.Abs(Math.Sin(i * 0.7));
            var low = Math.Min(open, close) - 15 - 10 * Math.Abs(Math.Cos(i * 0.3));
            bars[i] = new Bar(StartMs + i * MinuteMs, R(open), R(high), R(low), R(close), 1m);
            previous = close;
        }

        return bars;
    }

    private static double Crash(int i, int crashAt, int barCount)
    {
        var length = Math.Max(barCount / 50, 3);
        if (i < crashAt)
        {
            return 0;
        }

        var depth = -3_000.0 * Math.Min(1, (i - crashAt) / (double)length);
        var recovery = Math.Min(1, Math.Max(0, (i - crashAt - length) / (4.0 * length)));
        return depth * (1 - 0.7 * recovery);
    }

    private static (List<SimFill> Fills, double[] Equity) Trade(Bar[] bars, decimal[] levels)
    {
        const decimal quantity = 0.04m;
        var fills = new List<SimFill>();
        var startPrice = bars[0].Close;
        var above = levels.Count(l => l > startPrice);
        var baseHeld = quantity * above;
        var quote = 100_000m - baseHeld * startPrice;
        fills.Add(new SimFill(bars[0].OpenTimeMs, 0, -1, OrderSide.Buy, startPrice, baseHeld, baseHeld * startPrice * 0.001m, true));
        var equity = new double[bars.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            var (from, to) = (i == 0 ? startPrice : bars[i - 1].Close, bars[i].Close);
            for (var k = 0; k < levels.Length; k++)
            {
                var side = from > levels[k] && to <= levels[k] ? OrderSide.Buy : from < levels[k] && to >= levels[k] ? OrderSide.Sell : (OrderSide?)null;
                if (side is { } s && (s == OrderSide.Buy ? quote >= quantity * levels[k] : baseHeld >= quantity))
                {
                    fills.Add(new SimFill(bars[i].OpenTimeMs + 59_999, i, k, s, levels[k], quantity, quantity * levels[k] * 0.001m, false));
                    baseHeld += s.Sign() * quantity;
                    quote -= s.Sign() * quantity * levels[k] + quantity * levels[k] * 0.001m;
                }
            }

            equity[i] = (double)(quote + baseHeld * bars[i].Close);
        }

        return (fills, equity);
    }

    private static decimal R(double value) => Math.Round((decimal)value, 2);
}
