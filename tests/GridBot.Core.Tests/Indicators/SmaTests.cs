using GridBot.Core.Indicators;
using static GridBot.Core.Tests.Indicators.StockChartsReference;

namespace GridBot.Core.Tests.Indicators;

public class SmaTests
{
    [Fact]
    public void Sma_StockChartsIntel_MatchesSma10()
    {
        ShouldMatch(TechnicalIndicators.Sma(EmaCloses, 10), MovingAverageFirstIndex, Sma10);
    }

    [Fact]
    public void Sma_StockChartsSpy_MatchesBollingerMiddle()
    {
        ShouldMatch(TechnicalIndicators.Sma(BollingerPrices, 20), BollingerFirstIndex, BollingerMiddle);
    }

    [Fact]
    public void Update_Streaming_ReturnsAndHoldsSameValuesAsBatch()
    {
        var sma = new Sma(10);
        var batch = TechnicalIndicators.Sma(EmaCloses, 10);
        for (var i = 0; i < EmaCloses.Length; i++)
        {
            sma.Update(EmaCloses[i]).Should().Be(batch[i]);
            sma.Current.Should().Be(batch[i]);
            sma.IsReady.Should().Be(i >= MovingAverageFirstIndex);
        }
    }

    [Fact]
    public void Update_PeriodOne_ReturnsEachValue()
    {
        var sma = new Sma(1);
        sma.Update(3.5).Should().Be(3.5);
        sma.Update(-2.0).Should().Be(-2.0);
    }

    [Fact]
    public void Update_LongSeriesAtHighPrices_StaysWithinRoundingOfExactMean()
    {
        // 100k values near 1e5 with a window of 7: a naive running sum would drift; ours re-sums every lap.
        var sma = new Sma(7);
        var values = new double[100_000];
        var random = new Random(42);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 100_000 + (random.NextDouble() * 1_000);
            sma.Update(values[i]);
        }

        var exact = values[^7..].Average();
        sma.Current.Should().BeApproximately(exact, 1e-9);
    }

    [Fact]
    public void Reset_AfterValues_StartsOver()
    {
        var sma = new Sma(2);
        sma.Update(1.0);
        sma.Update(3.0).Should().Be(2.0);
        sma.Reset();
        sma.Current.Should().BeNull();
        sma.Update(10.0).Should().BeNull();
        sma.Update(20.0).Should().Be(15.0);
    }

    [Fact]
    public void LastSma_FewerValuesThanPeriod_ReturnsNull()
    {
        TechnicalIndicators.LastSma([1.0, 2.0], 3).Should().BeNull();
        TechnicalIndicators.LastSma([], 3).Should().BeNull();
    }

    [Fact]
    public void LastSma_StockChartsIntel_ReturnsLastSma10()
    {
        TechnicalIndicators.LastSma(EmaCloses, 10).Should().BeApproximately(Sma10[^1], Tolerance);
    }
}
