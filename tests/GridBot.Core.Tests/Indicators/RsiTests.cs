using GridBot.Core.Indicators;
using static GridBot.Core.Tests.Indicators.StockChartsReference;

namespace GridBot.Core.Tests.Indicators;

public class RsiTests
{
    [Fact]
    public void Rsi_StockChartsQqqq_MatchesRsi14()
    {
        ShouldMatch(TechnicalIndicators.Rsi(RsiCloses, 14), RsiFirstIndex, Rsi14);
    }

    [Fact]
    public void Rsi_StockChartsQqqq_MatchesChartSchoolRoundedValues()
    {
        ShouldMatch(TechnicalIndicators.Rsi(RsiCloses), RsiFirstIndex, Rsi14ChartSchoolRounded, 0.005 + 1e-9);
    }

    [Fact]
    public void Update_FifteenthClose_SeedsAveragesWithPlainMeans()
    {
        var rsi = new Rsi(14);
        for (var i = 0; i < RsiFirstIndex; i++)
        {
            rsi.Update(RsiCloses[i]).Should().BeNull();
            rsi.AverageGain.Should().BeNull();
        }

        rsi.Update(RsiCloses[RsiFirstIndex]).Should().BeApproximately(70.5328, Tolerance)
            .And.NotBeApproximately(RsiFirstValueSeededWrong, 1.0);
        rsi.AverageGain.Should().BeApproximately(RsiFirstAverageGain, 1e-6);
        rsi.AverageLoss.Should().BeApproximately(RsiFirstAverageLoss, 1e-6);
    }

    [Fact]
    public void Update_Streaming_ReturnsAndHoldsSameValuesAsBatch()
    {
        var rsi = new Rsi();
        var batch = TechnicalIndicators.Rsi(RsiCloses);
        for (var i = 0; i < RsiCloses.Length; i++)
        {
            rsi.Update(RsiCloses[i]).Should().Be(batch[i]);
            rsi.Current.Should().Be(batch[i]);
        }
    }

    [Theory]
    [InlineData(new[] { 1.0, 2.0, 3.0, 4.0 }, 100.0)]
    [InlineData(new[] { 4.0, 3.0, 2.0, 1.0 }, 0.0)]
    [InlineData(new[] { 2.0, 2.0, 2.0, 2.0 }, 50.0)]
    [InlineData(new[] { 1.0, 2.0, 1.0, 2.0 }, 66.66666666666667)]
    public void LastRsi_EdgeSeries_ReturnsDocumentedValue(double[] closes, double expected)
    {
        // Period 3 over 4 closes: three changes, the first RSI. Last case: gains 1+1, loss 1 → RS 2 → 66.67.
        TechnicalIndicators.LastRsi(closes, 3).Should().BeApproximately(expected, 1e-9);
    }

    [Fact]
    public void LastRsi_OnlyPeriodCloses_ReturnsNull()
    {
        // RSI(14) needs 15 closes (14 changes).
        TechnicalIndicators.LastRsi(RsiCloses[..14]).Should().BeNull();
        TechnicalIndicators.LastRsi(RsiCloses[..15]).Should().BeApproximately(Rsi14[0], Tolerance);
    }

    [Fact]
    public void Reset_AfterValues_StartsOver()
    {
        var rsi = new Rsi(2);
        rsi.Update(1.0);
        rsi.Update(2.0);
        rsi.Update(3.0).Should().Be(100.0);
        rsi.Reset();
        rsi.Current.Should().BeNull();
        rsi.AverageLoss.Should().BeNull();
        rsi.Update(3.0).Should().BeNull();
        rsi.Update(2.0).Should().BeNull();
        rsi.Update(1.0).Should().Be(0.0);
    }
}
