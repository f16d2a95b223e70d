using GridBot.Core.Indicators;
using GridBot.Core.Market;
using static GridBot.Core.Tests.Indicators.StockChartsReference;

namespace GridBot.Core.Tests.Indicators;

public class AtrTests
{
    [Fact]
    public void TrueRanges_StockChartsQqqq_MatchSpreadsheet()
    {
        var tr = TechnicalIndicators.TrueRanges(AtrHigh, AtrLow, AtrClose);

        tr.Should().HaveCount(TrueRange.Length);
        for (var i = 0; i < tr.Length; i++)
        {
            tr[i].Should().BeApproximately(TrueRange[i], Tolerance, $"index {i}");
        }
    }

    [Fact]
    public void Atr_StockChartsQqqq_MatchesAtr14()
    {
        ShouldMatch(TechnicalIndicators.Atr(AtrHigh, AtrLow, AtrClose, 14), AtrFirstIndex, Atr14);
    }

    [Fact]
    public void Atr_FirstValue_IsMeanOfFirstFourteenTrueRangesIncludingHighMinusLow()
    {
        var atr = TechnicalIndicators.Atr(AtrHigh, AtrLow, AtrClose);

        atr[AtrFirstIndex].Should().BeApproximately(TrueRange[..14].Average(), 1e-12);
        atr[AtrFirstIndex].Should().BeApproximately(0.555, 1e-12);
    }

    [Fact]
    public void Atr_FromDecimalBars_MatchesDoubleForm()
    {
        var bars = ToBars(AtrHigh, AtrLow, AtrClose);

        ShouldMatch(TechnicalIndicators.Atr(bars), AtrFirstIndex, Atr14);
        TechnicalIndicators.LastAtr(bars).Should().BeApproximately(1.316482, Tolerance);
    }

    [Fact]
    public void Update_StreamingBars_ReturnsAndHoldsSameValuesAsBatch()
    {
        var atr = new Atr(14);
        var batch = TechnicalIndicators.Atr(AtrHigh, AtrLow, AtrClose);
        var bars = ToBars(AtrHigh, AtrLow, AtrClose);
        for (var i = 0; i < bars.Length; i++)
        {
            atr.Update(bars[i]).Should().Be(batch[i]);
            atr.Current.Should().Be(batch[i]);
            atr.LastTrueRange.Should().BeApproximately(TrueRange[i], Tolerance);
        }
    }

    [Theory]
    [InlineData(10.0, 8.0, null, 2.0)]
    [InlineData(10.0, 8.0, 9.0, 2.0)]
    [InlineData(10.0, 8.0, 5.0, 5.0)]
    [InlineData(10.0, 8.0, 14.0, 6.0)]
    public void TrueRange_Cases_TakesWidestOfRangeAndGaps(double high, double low, double? previousClose, double expected)
    {
        Atr.TrueRange(high, low, previousClose).Should().Be(expected);
    }

    [Fact]
    public void Update_HighBelowLow_Throws()
    {
        var atr = new Atr();
        var act = () => atr.Update(1.0, 2.0, 1.5);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void LastAtr_ThirteenBars_ReturnsNull()
    {
        TechnicalIndicators.LastAtr(AtrHigh[..13], AtrLow[..13], AtrClose[..13]).Should().BeNull();
        TechnicalIndicators.LastAtr(AtrHigh[..14], AtrLow[..14], AtrClose[..14]).Should().BeApproximately(0.555, Tolerance);
    }

    [Fact]
    public void Reset_AfterValues_ForgetsPreviousClose()
    {
        var atr = new Atr(1);
        atr.Update(10.0, 9.0, 9.5).Should().Be(1.0);
        atr.Update(20.0, 19.0, 19.5).Should().Be(10.5);
        atr.Reset();
        atr.Update(20.0, 19.0, 19.5).Should().Be(1.0);
    }

    internal static Bar[] ToBars(double[] high, double[] low, double[] close)
    {
        var bars = new Bar[high.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            var c = (decimal)close[i];
            bars[i] = new Bar(i * 60_000L, c, (decimal)high[i], (decimal)low[i], c, 1m);
        }

        return bars;
    }
}
