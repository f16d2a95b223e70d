using GridBot.Core.Indicators;
using static GridBot.Core.Tests.Indicators.StockChartsReference;

namespace GridBot.Core.Tests.Indicators;

public class AdxTests
{
    [Fact]
    public void Adx_StockChartsData_MatchesAdx14FromBar27()
    {
        var adx = TechnicalIndicators.Adx(AdxHigh, AdxLow, AdxClose, 14);
        var values = adx.Select(v => v?.Adx).ToArray();

        ShouldMatch(values, AdxFirstIndex, Adx14);
        AdxFirstIndex.Should().Be((2 * 14) - 1);
    }

    [Fact]
    public void Adx_StockChartsData_WithinInputRoundingOfStockChartsPublished()
    {
        // StockCharts fed 4-dp prices; our reference inputs are rounded to 2 dp, which moves ADX by up to ~0.13.
        var values = TechnicalIndicators.Adx(AdxHigh, AdxLow, AdxClose).Select(v => v?.Adx).ToArray();

        ShouldMatch(values, AdxFirstIndex, Adx14StockChartsPublished, 0.15);
    }

    [Fact]
    public void Update_Bar14_GivesFirstDirectionalIndicators()
    {
        var adx = new Adx(14);
        for (var i = 0; i < 14; i++)
        {
            adx.Update(AdxHigh[i], AdxLow[i], AdxClose[i]).Should().BeNull();
            adx.Dx.Should().BeNull();
        }

        adx.Update(AdxHigh[14], AdxLow[14], AdxClose[14]).Should().BeNull();
        adx.PlusDi.Should().BeApproximately(AdxFirstPlusDi, Tolerance);
        adx.MinusDi.Should().BeApproximately(AdxFirstMinusDi, Tolerance);
        adx.Dx.Should().BeApproximately(AdxFirstDx, Tolerance);
    }

    [Fact]
    public void Update_StreamingBars_MatchesBatchIncludingDirectionalIndicators()
    {
        var adx = new Adx();
        var batch = TechnicalIndicators.Adx(AdxHigh, AdxLow, AdxClose);
        var bars = AtrTests.ToBars(AdxHigh, AdxLow, AdxClose);
        for (var i = 0; i < bars.Length; i++)
        {
            var value = adx.Update(bars[i]);
            value.Should().Be(batch[i]);
            adx.Current.Should().Be(batch[i]);
            if (value is { } v)
            {
                v.PlusDi.Should().Be(adx.PlusDi);
                v.MinusDi.Should().Be(adx.MinusDi);
            }
        }

        TechnicalIndicators.LastAdx(bars).Should().BeApproximately(17.28769, Tolerance);
        TechnicalIndicators.LastAdx(AdxHigh, AdxLow, AdxClose).Should().BeApproximately(17.28769, Tolerance);
    }

    [Fact]
    public void LastAdx_TwentySevenBars_ReturnsNull()
    {
        TechnicalIndicators.LastAdx(AdxHigh[..27], AdxLow[..27], AdxClose[..27]).Should().BeNull();
        TechnicalIndicators.LastAdx(AdxHigh[..28], AdxLow[..28], AdxClose[..28]).Should().BeApproximately(33.70789, Tolerance);
    }

    [Fact]
    public void Update_FlatMarket_GivesZeroNotNaN()
    {
        var adx = new Adx(2);
        AdxValue? last = null;
        for (var i = 0; i < 6; i++)
        {
            last = adx.Update(5.0, 5.0, 5.0);
        }

        last.Should().Be(new AdxValue(0.0, 0.0, 0.0));
    }

    [Fact]
    public void Update_SteadyUptrend_AdxIsOneHundred()
    {
        // Every bar is one higher than the last: only +DM, so +DI = 100, −DI = 0, DX = 100.
        var adx = new Adx(3);
        AdxValue? last = null;
        for (var i = 0; i < 10; i++)
        {
            last = adx.Update(11.0 + i, 10.0 + i, 10.5 + i);
            if (i < 5)
            {
                last.Should().BeNull($"first ADX(3) is at bar {(2 * 3) - 1}");
            }
        }

        last!.Value.Adx.Should().BeApproximately(100.0, 1e-9);
        last.Value.PlusDi.Should().BeApproximately(100.0 * 1.0 / 1.5, 1e-9, "TR = 1.5 (high − previous close), +DM = 1");
        last.Value.MinusDi.Should().Be(0.0);
    }

    [Fact]
    public void Reset_AfterValues_StartsOver()
    {
        var adx = new Adx(1);
        adx.Update(11.0, 10.0, 10.5).Should().BeNull();
        adx.Update(12.0, 11.0, 11.5).Should().NotBeNull();
        adx.Reset();
        adx.Current.Should().BeNull();
        adx.PlusDi.Should().BeNull();
        adx.Update(12.0, 11.0, 11.5).Should().BeNull();
    }
}
