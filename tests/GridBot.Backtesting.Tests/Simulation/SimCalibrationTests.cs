using System.Diagnostics;
using GridBot.Backtesting.Simulation;
using GridBot.Backtesting.Tests.Support;
using GridBot.Core.Market;
using Xunit.Abstractions;

namespace GridBot.Backtesting.Tests.Simulation;

/// <summary>
/// Calibration against BTCUSDC 1m 2023-03-01..03-21 (the March 2023 banking-crisis crash and rebound), measured:
/// std of 1m log returns 0.001116, mean (high−low)/close 0.000451, zero-volume bars 42.9%, flat bars 57.9%,
/// median hourly std 0.000657, mean volume 0.128 BTC/bar, corr(|return|, volume) 0.34.
/// </summary>
public class SimCalibrationTests(ITestOutputHelper output)
{
    private const int Year = 525_600;

    private const double RealReturnStd = 0.001116;
    private const double RealMeanRange = 0.000451;
    private const double RealZeroVolume = 0.429;
    private const double RealFlat = 0.579;
    private const double RealMedianHourlyStd = 0.000657;
    private const double RealVolumeReturnCorrelation = 0.34;

    private static readonly Lazy<(Bar[] Bars, SimRegime[] Regimes)> YearRun = new(() =>
    {
        var bars = new MarketSimulator(SimulatorOptions.Default(7, Year)).GenerateArray(out var regimes);
        return (bars, regimes);
    });

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2024)]
    public void Stats_ThirtyDays_InRangesDerivedFromRealBtc(int seed)
    {
        var stats = SimBarStats.Of(new MarketSimulator(SimulatorOptions.Default(seed)).GenerateArray());
        output.WriteLine($"seed {seed}: {stats}");

        // Return std within 0.7–1.3× the real 0.001116.
        stats.ReturnStd.Should().BeInRange(0.7 * RealReturnStd, 1.3 * RealReturnStd);
        // Continuous bars carry the between-bar moves of the real thin market inside their ranges: 1–2× the real 0.000451.
        stats.MeanRange.Should().BeInRange(1.0 * RealMeanRange, 2.0 * RealMeanRange);
        // Idle bars between the real zero-volume (42.9%) and a little above the real flat (57.9%) fraction.
        stats.ZeroVolumeFraction.Should().BeInRange(RealZeroVolume, RealFlat + 0.07);
        stats.MedianHourlyStd.Should().BeInRange(0.5 * RealMedianHourlyStd, 2.0 * RealMedianHourlyStd);
        stats.VolumeReturnCorrelation.Should().BeInRange(0.5 * RealVolumeReturnCorrelation, 2.0 * RealVolumeReturnCorrelation);
    }

    [SkippableFact]
    public void Stats_VolatilityScaleTwo_DoublesReturnStd()
    {
        var options = SimulatorOptions.Default(3);
        var baseline = SimBarStats.Of(new MarketSimulator(options).GenerateArray());
        var doubled = SimBarStats.Of(new MarketSimulator(options with { VolatilityScale = 2.0 }).GenerateArray());

        (doubled.ReturnStd / baseline.ReturnStd).Should().BeInRange(1.8, 2.2);
    }

    [SkippableFact]
    public void Stats_RealFile_SimulatorWithinFactorTwoOfReal()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var real = SimBarStats.Of(SimCsvBars.Read(path));
        var sim = SimBarStats.Of(new MarketSimulator(SimulatorOptions.Default(42)).GenerateArray());
        output.WriteLine($"real: {real}");
        output.WriteLine($"sim:  {sim}");

        // The numbers recorded in the docs are the file's.
        real.ReturnStd.Should().BeApproximately(RealReturnStd, 0.000005);
        real.MeanRange.Should().BeApproximately(RealMeanRange, 0.000005);
        real.ZeroVolumeFraction.Should().BeApproximately(RealZeroVolume, 0.001);
        real.FlatFraction.Should().BeApproximately(RealFlat, 0.001);
        real.MedianHourlyStd.Should().BeApproximately(RealMedianHourlyStd, 0.00003);

        foreach (var (name, simulated, measured) in new[]
        {
            ("return std", sim.ReturnStd, real.ReturnStd),
            ("mean range", sim.MeanRange, real.MeanRange),
            ("zero-volume fraction", sim.ZeroVolumeFraction, real.ZeroVolumeFraction),
            ("flat fraction", sim.FlatFraction, real.FlatFraction),
            ("median hourly std", sim.MedianHourlyStd, real.MedianHourlyStd),
            ("mean volume", sim.MeanVolume, real.MeanVolume),
            ("corr(|return|, volume)", sim.VolumeReturnCorrelation, real.VolumeReturnCorrelation),
        })
        {
            (simulated / measured).Should().BeInRange(0.5, 2.0, "simulated {0} {1} vs real {2}", name, simulated, measured);
        }
    }

    [SkippableFact]
    public void Regimes_OneYear_AllOccurInPlausibleShares()
    {
        var regimes = YearRun.Value.Regimes;

        double Share(SimRegime regime) => regimes.Count(r => r == regime) / (double)regimes.Length;

        Share(SimRegime.Calm).Should().BeInRange(0.40, 0.70);
        Share(SimRegime.TrendUp).Should().BeInRange(0.10, 0.32);
        Share(SimRegime.TrendDown).Should().BeInRange(0.10, 0.32);
        Share(SimRegime.Crash).Should().BeInRange(0.001, 0.01);
        Share(SimRegime.Recovery).Should().BeInRange(0.01, 0.08);
    }

    [SkippableFact]
    public void Crash_OneYear_EpisodesDrawDownAtLeastFivePercent()
    {
        var (bars, regimes) = YearRun.Value;

        var episodes = CrashEpisodes(bars, regimes);
        output.WriteLine($"{episodes.Count} crashes, drawdowns {string.Join(", ", episodes.Select(e => e.Drawdown.ToString("P1", System.Globalization.CultureInfo.InvariantCulture)))}");

        episodes.Count.Should().BeInRange(20, 110, "about 4.5 crashes per 30 days");
        var drawdowns = episodes.Select(e => e.Drawdown).Order().ToArray();
        drawdowns[drawdowns.Length / 2].Should().BeGreaterThanOrEqualTo(0.05m, "the median crash is a ≥ 5% peak-to-trough drop");
        drawdowns[0].Should().BeGreaterThan(0.01m, "even the shortest crash falls");
        episodes.Count(e => e.Return < 0m).Should().BeGreaterThanOrEqualTo((int)(0.9 * episodes.Count));
    }

    [SkippableFact]
    public void GenerateArray_OneYear_FastAndContinuous()
    {
        var simulator = new MarketSimulator(SimulatorOptions.Default(11, Year));
        simulator.GenerateArray();

        var watch = Stopwatch.StartNew();
        var bars = simulator.GenerateArray();
        watch.Stop();
        output.WriteLine($"{bars.Length} bars in {watch.ElapsedMilliseconds} ms");

        bars.Should().HaveCount(Year);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        bars[^1].OpenTimeMs.Should().Be(bars[0].OpenTimeMs + ((Year - 1) * 60_000L));
    }

    private static List<(decimal Drawdown, decimal Return)> CrashEpisodes(Bar[] bars, SimRegime[] regimes)
    {
        var episodes = new List<(decimal, decimal)>();
        for (var i = 0; i < bars.Length;)
        {
            if (regimes[i] != SimRegime.Crash)
            {
                i++;
                continue;
            }

            var start = i;
            decimal peak = bars[i].Open, drawdown = 0m;
            for (; i < bars.Length && regimes[i] == SimRegime.Crash; i++)
            {
                peak = Math.Max(peak, bars[i].High);
                drawdown = Math.Max(drawdown, 1m - (bars[i].Low / peak));
            }

            episodes.Add((drawdown, (bars[i - 1].Close / bars[start].Open) - 1m));
        }

        return episodes;
    }
}
