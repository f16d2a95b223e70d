using System.Globalization;
using GridBot.Core.Heuristics;
using GridBot.Core.Market;
using Xunit.Abstractions;

namespace GridBot.Core.Tests.Heuristics;

public class BaselineHeuristicRealDataTests(ITestOutputHelper output)
{
    private const string EthFile = "ETHUSDT_2h_2025-04-30_2025-07-23.csv";

    [SkippableFact]
    public void Suggest_EthUsdt2h_BandIsTwoIndependentlyComputedAtrsAroundLastClose()
    {
        var bars = LoadBars(EthFile);

        var atr = NaiveWilderAtr(bars, 14);
        var price = bars[^1].Close;

        var suggestion = BaselineHeuristic.Suggest(bars).Value;
        var aggressive = BaselineHeuristic.Suggest(bars, new BaselineHeuristicOptions { Aggressive = true }).Value;
        output.WriteLine($"{bars.Count} bars, last close {price}: {suggestion}");

        bars.Should().HaveCount(1000);
        suggestion.IsFallback.Should().BeFalse();
        suggestion.Price.Should().Be(price);
        ((double)suggestion.Atr!.Value).Should().BeApproximately((double)atr, 1e-8);
        ((double)(suggestion.Upper - price)).Should().BeApproximately((double)(2m * atr), 1e-7);
        ((double)(price - suggestion.Lower)).Should().BeApproximately((double)(2m * atr), 1e-7);
        ((double)(aggressive.Upper - price)).Should().BeApproximately((double)(3m * atr), 1e-7);
        suggestion.AtrPercent.Should().BeApproximately((double)(atr / price * 100m), 1e-9);
        suggestion.Levels.Should().Be(BaselineHeuristic.LevelsFor(suggestion.AtrPercent!.Value));
        suggestion.Regime.Should().Be(BaselineHeuristic.ClassifyVolatility(suggestion.AtrPercent.Value));
        suggestion.Lower.Should().BeGreaterThan(price / 2m);
    }

    [SkippableFact]
    public void Suggest_EthUsdt2hWithTick_BoundsOnTickInsideUnroundedBand()
    {
        var bars = LoadBars(EthFile);

        var raw = BaselineHeuristic.Suggest(bars).Value;
        var snapped = BaselineHeuristic.Suggest(bars, new BaselineHeuristicOptions { TickSize = 0.01m }).Value;

        (snapped.Lower % 0.01m).Should().Be(0m);
        (snapped.Upper % 0.01m).Should().Be(0m);
        snapped.Lower.Should().BeInRange(raw.Lower, raw.Lower + 0.01m);
        snapped.Upper.Should().BeInRange(raw.Upper - 0.01m, raw.Upper);
    }

    private static List<Bar> LoadBars(string fileName)
    {
        var path = SharedData.Require(fileName);

        var bars = new List<Bar>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            var time = DateTime.ParseExact(f[0], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            bars.Add(new Bar(
                new DateTimeOffset(time, TimeSpan.Zero).ToUnixTimeMilliseconds(),
                decimal.Parse(f[1], CultureInfo.InvariantCulture),
                decimal.Parse(f[2], CultureInfo.InvariantCulture),
                decimal.Parse(f[3], CultureInfo.InvariantCulture),
                decimal.Parse(f[4], CultureInfo.InvariantCulture),
                decimal.Parse(f[5], CultureInfo.InvariantCulture)));
        }

        return bars;
    }

    // An independent, decimal, textbook Wilder ATR to check the double implementation against.
    private static decimal NaiveWilderAtr(List<Bar> bars, int n)
    {
        var trs = bars.Select((b, i) => i == 0
            ? b.High - b.Low
            : Math.Max(b.High - b.Low, Math.Max(Math.Abs(b.High - bars[i - 1].Close), Math.Abs(b.Low - bars[i - 1].Close)))).ToList();
        var atr = trs.Take(n).Average();
        foreach (var tr in trs.Skip(n))
        {
            atr = ((atr * (n - 1)) + tr) / n;
        }

        return atr;
    }
}
