using GridBot.Core.Indicators;
using static GridBot.Core.Tests.Indicators.StockChartsReference;

namespace GridBot.Core.Tests.Indicators;

public class EmaTests
{
    [Fact]
    public void Ema_StockChartsIntel_MatchesEma10()
    {
        ShouldMatch(TechnicalIndicators.Ema(EmaCloses, 10), MovingAverageFirstIndex, Ema10);
    }

    [Fact]
    public void Ema_StockChartsIntel_MatchesChartSchoolRoundedValues()
    {
        ShouldMatch(TechnicalIndicators.Ema(EmaCloses, 10), MovingAverageFirstIndex, Ema10ChartSchoolRounded, 0.005 + 1e-9);
    }

    [Fact]
    public void Ema_FirstValue_IsSmaSeedNotFirstObservation()
    {
        var ema = TechnicalIndicators.Ema(EmaCloses, 10);
        ema[MovingAverageFirstIndex].Should().BeApproximately(Sma10[0], 1e-12);
        ema[^1].Should().BeApproximately(Ema10[^1], 1e-12);
        ema[^1]!.Value.Should().NotBeApproximately(Ema10LastFirstValueSeeded, Tolerance);
    }

    [Fact]
    public void Update_Streaming_ReturnsAndHoldsSameValuesAsBatch()
    {
        var ema = new Ema(10);
        var batch = TechnicalIndicators.Ema(EmaCloses, 10);
        for (var i = 0; i < EmaCloses.Length; i++)
        {
            ema.Update(EmaCloses[i]).Should().Be(batch[i]);
            ema.Current.Should().Be(batch[i]);
        }
    }

    [Fact]
    public void Update_PeriodOne_FollowsValues()
    {
        // k = 2 / (1 + 1) = 1: the EMA is the latest value.
        var ema = new Ema(1);
        ema.Update(5.0).Should().Be(5.0);
        ema.Update(7.0).Should().Be(7.0);
    }

    [Fact]
    public void Reset_AfterValues_ReseedsWithSma()
    {
        var ema = new Ema(2);
        ema.Update(100.0);
        ema.Update(200.0);
        ema.Reset();
        ema.Update(1.0).Should().BeNull();
        ema.Update(3.0).Should().Be(2.0);
        ema.Update(5.0).Should().BeApproximately(2.0 + ((5.0 - 2.0) * 2.0 / 3.0), 1e-12);
    }

    [Fact]
    public void LastEma_StockChartsIntel_ReturnsLastEma10()
    {
        TechnicalIndicators.LastEma(EmaCloses, 10).Should().BeApproximately(22.91556023003094, Tolerance);
        TechnicalIndicators.LastEma(EmaCloses[..9], 10).Should().BeNull();
    }
}
