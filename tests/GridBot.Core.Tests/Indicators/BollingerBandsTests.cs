using GridBot.Core.Indicators;
using static GridBot.Core.Tests.Indicators.StockChartsReference;

namespace GridBot.Core.Tests.Indicators;

public class BollingerBandsTests
{
    [Fact]
    public void BollingerBands_StockChartsSpy_MatchesAllFourSeries()
    {
        var bands = TechnicalIndicators.BollingerBands(BollingerPrices, 20, 2.0);

        ShouldMatch(bands.Select(b => b?.Middle).ToArray(), BollingerFirstIndex, BollingerMiddle);
        ShouldMatch(bands.Select(b => b?.StdDev).ToArray(), BollingerFirstIndex, BollingerStdDev);
        ShouldMatch(bands.Select(b => b?.Upper).ToArray(), BollingerFirstIndex, BollingerUpper);
        ShouldMatch(bands.Select(b => b?.Lower).ToArray(), BollingerFirstIndex, BollingerLower);
    }

    [Fact]
    public void BollingerBands_StdDev_IsPopulationNotSample()
    {
        var first = TechnicalIndicators.BollingerBands(BollingerPrices)[BollingerFirstIndex]!.Value;
        var window = BollingerPrices[..20];
        var mean = window.Average();
        var sampleStdDev = Math.Sqrt(window.Sum(x => (x - mean) * (x - mean)) / 19);

        first.StdDev.Should().BeApproximately(1.291961, Tolerance);
        sampleStdDev.Should().NotBeApproximately(first.StdDev, 0.01);
    }

    [Fact]
    public void Update_Streaming_ReturnsAndHoldsSameValuesAsBatch()
    {
        var bands = new BollingerBands();
        var batch = TechnicalIndicators.BollingerBands(BollingerPrices);
        for (var i = 0; i < BollingerPrices.Length; i++)
        {
            bands.Update(BollingerPrices[i]).Should().Be(batch[i]);
            bands.Current.Should().Be(batch[i]);
        }

        TechnicalIndicators.LastBollingerBands(BollingerPrices)!.Value.Upper.Should().BeApproximately(94.148503, Tolerance);
    }

    [Fact]
    public void Update_HighPricesTinySpread_StdDevStillExact()
    {
        // Prices near 1e8 alternating ±0.001: Σx² − N·mean² would lose every digit here.
        const double high = 100_000_000.0 + 0.001;
        const double low = 100_000_000.0 - 0.001;
        var bands = new BollingerBands(4, 1.0);
        BollingerValue? last = null;
        for (var i = 0; i < 1_000; i++)
        {
            last = bands.Update(i % 2 == 0 ? high : low);
        }

        // Two highs and two lows: the population deviation is exactly half their (double) distance, ≈ 0.001.
        last!.Value.StdDev.Should().BeApproximately((high - low) / 2, 1e-12);
        last.Value.StdDev.Should().BeApproximately(0.001, 1e-8);
        last.Value.Middle.Should().BeApproximately(100_000_000.0, 1e-6);
        last.Value.Upper.Should().BeApproximately(100_000_000.001, 1e-6);
    }

    [Fact]
    public void Update_MultiplierThree_WidensBands()
    {
        var bands = new BollingerBands(2, 3.0);
        bands.Update(1.0).Should().BeNull();
        bands.Update(3.0).Should().Be(new BollingerValue(2.0, 5.0, -1.0, 1.0));
        bands.Multiplier.Should().Be(3.0);
    }

    [Fact]
    public void Reset_AfterValues_StartsOver()
    {
        var bands = new BollingerBands(2);
        bands.Update(1.0);
        bands.Update(3.0);
        bands.Reset();
        bands.Update(10.0).Should().BeNull();
        bands.Update(10.0).Should().Be(new BollingerValue(10.0, 10.0, 10.0, 0.0));
    }
}
