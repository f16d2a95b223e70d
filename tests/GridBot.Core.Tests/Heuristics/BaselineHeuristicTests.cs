using System.Text.Json;
using GridBot.Core.Heuristics;
using GridBot.Core.Market;

namespace GridBot.Core.Tests.Heuristics;

public class BaselineHeuristicTests
{
    [Fact]
    public void Suggest_AtrTwoOnPriceHundred_BandIsTwoAtr()
    {
        // Every bar 99–101 closing at 100: TR = 2, ATR = 2, ATR% = 2.
        var suggestion = BaselineHeuristic.Suggest(Bars(20, close: 100m, high: 101m, low: 99m)).Value;

        suggestion.Should().Be(new GridSuggestion(
            96m, 104m, 100m, 12, 0.70, VolatilityRegime.Normal, 2m, 2.0, IsFallback: false, suggestion.Reason));
        suggestion.Reason.Should().Contain("ATR(14) 2 = 2.00% of close 100").And.Contain("±2×ATR").And.NotContain("floored");
    }

    [Fact]
    public void Suggest_Aggressive_BandIsThreeAtr()
    {
        var options = new BaselineHeuristicOptions { Aggressive = true };

        var suggestion = BaselineHeuristic.Suggest(Bars(20, close: 100m, high: 101m, low: 99m), options).Value;

        suggestion.Lower.Should().Be(94m);
        suggestion.Upper.Should().Be(106m);
        suggestion.Levels.Should().Be(12);
        suggestion.Confidence.Should().Be(BaselineHeuristic.Confidence);
        suggestion.Reason.Should().Contain("±3×ATR");
    }

    [Theory]
    [InlineData(false, 400)]
    [InlineData(true, 550)]
    public void Suggest_HugeAtr_LowerFlooredAtHalfPrice(bool aggressive, int expectedUpper)
    {
        // Bars 50–200 closing at 100: ATR = 150, so 100 − 2·150 = −200 → floored at 50.
        var bars = Bars(20, close: 100m, high: 200m, low: 50m);

        var suggestion = BaselineHeuristic.Suggest(bars, new BaselineHeuristicOptions { Aggressive = aggressive }).Value;

        suggestion.Lower.Should().Be(50m);
        suggestion.Upper.Should().Be(expectedUpper);
        suggestion.Atr.Should().Be(150m);
        suggestion.AtrPercent.Should().Be(150.0);
        suggestion.Levels.Should().Be(8);
        suggestion.Regime.Should().Be(VolatilityRegime.Extreme);
        suggestion.Reason.Should().Contain("lower bound floored at 50% of price");
    }

    [Fact]
    public void Suggest_LowerExactlyHalfPrice_NotReportedAsFloored()
    {
        var suggestion = BaselineHeuristic.Suggest(Bars(14, close: 100m, high: 112.5m, low: 87.5m)).Value;

        suggestion.Lower.Should().Be(50m);
        suggestion.Upper.Should().Be(150m);
        suggestion.Reason.Should().NotContain("floored");
    }

    [Theory]
    [InlineData(100.5, 99.5, 1.0, 12, VolatilityRegime.Low)]
    [InlineData(100.51, 99.49, 1.02, 12, VolatilityRegime.Normal)]
    [InlineData(101.5, 98.5, 3.0, 12, VolatilityRegime.Normal)]
    [InlineData(101.51, 98.49, 3.02, 10, VolatilityRegime.High)]
    [InlineData(102.5, 97.5, 5.0, 10, VolatilityRegime.High)]
    [InlineData(102.51, 97.49, 5.02, 8, VolatilityRegime.Extreme)]
    public void Suggest_AtrPercentAroundThresholds_LevelsAndRegimeFollowInclusiveBounds(
        double high, double low, double atrPercent, int levels, VolatilityRegime regime)
    {
        var bars = Bars(30, close: 100m, high: (decimal)high, low: (decimal)low);

        var suggestion = BaselineHeuristic.Suggest(bars).Value;

        suggestion.AtrPercent.Should().BeApproximately(atrPercent, 1e-9);
        suggestion.Levels.Should().Be(levels);
        suggestion.Regime.Should().Be(regime);
    }

    [Theory]
    [InlineData(3.0, 12)]
    [InlineData(5.0, 10)]
    public void Suggest_AtrPercentExactlyOnBoundary_UsesLowerBucket(double atrPercent, int levels)
    {
        // ATR = 3 (or 5) on a close of 100 is exactly 3% (5%) in double arithmetic: the boundary belongs below.
        var half = (decimal)atrPercent / 2m;
        var suggestion = BaselineHeuristic.Suggest(Bars(14, close: 100m, high: 100m + half, low: 100m - half)).Value;

        suggestion.AtrPercent.Should().Be(atrPercent);
        suggestion.Levels.Should().Be(levels);
    }

    [Theory]
    [InlineData(0.0, 12, VolatilityRegime.Low)]
    [InlineData(1.0, 12, VolatilityRegime.Low)]
    [InlineData(1.0001, 12, VolatilityRegime.Normal)]
    [InlineData(3.0, 12, VolatilityRegime.Normal)]
    [InlineData(3.0001, 10, VolatilityRegime.High)]
    [InlineData(5.0, 10, VolatilityRegime.High)]
    [InlineData(5.0001, 8, VolatilityRegime.Extreme)]
    [InlineData(40.0, 8, VolatilityRegime.Extreme)]
    public void LevelsForAndClassifyVolatility_Thresholds_AreInclusiveUpperBounds(double atrPercent, int levels, VolatilityRegime regime)
    {
        BaselineHeuristic.LevelsFor(atrPercent).Should().Be(levels);
        BaselineHeuristic.ClassifyVolatility(atrPercent).Should().Be(regime);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public void Suggest_FewerBarsThanAtrPeriod_FallsBackToTenPercent(int count)
    {
        var suggestion = BaselineHeuristic.Suggest(Bars(count, close: 200m, high: 210m, low: 190m)).Value;

        suggestion.Should().Be(new GridSuggestion(
            180m, 220m, 200m, 10, 0.50, VolatilityRegime.Unknown, null, null, IsFallback: true, suggestion.Reason));
        suggestion.Reason.Should().Contain($"only {count} bars, ATR(14) needs 14");
    }

    [Fact]
    public void Suggest_ExactlyAtrPeriodBars_UsesAtr()
    {
        var suggestion = BaselineHeuristic.Suggest(Bars(14, close: 100m, high: 101m, low: 99m)).Value;

        suggestion.IsFallback.Should().BeFalse();
        suggestion.Confidence.Should().Be(0.70);
        suggestion.Atr.Should().Be(2m);
    }

    [Fact]
    public void Suggest_CustomAtrPeriod_NeedsThatManyBars()
    {
        var options = new BaselineHeuristicOptions { AtrPeriod = 5 };

        BaselineHeuristic.Suggest(Bars(4, 100m, 101m, 99m), options).Value.IsFallback.Should().BeTrue();
        BaselineHeuristic.Suggest(Bars(5, 100m, 101m, 99m), options).Value.IsFallback.Should().BeFalse();
    }

    [Fact]
    public void Suggest_TickSize_RoundsLowerUpAndUpperDown()
    {
        // ATR = 1.54: band 96.92–103.08, snapped inward to the 0.25 tick.
        var options = new BaselineHeuristicOptions { TickSize = 0.25m };

        var suggestion = BaselineHeuristic.Suggest(Bars(20, close: 100m, high: 100.77m, low: 99.23m), options).Value;

        suggestion.Lower.Should().Be(97.00m);
        suggestion.Upper.Should().Be(103.00m);
    }

    [Fact]
    public void Suggest_FallbackWithTickSize_RoundsInward()
    {
        var options = new BaselineHeuristicOptions { TickSize = 1m };

        var suggestion = BaselineHeuristic.Suggest(Bars(3, close: 101.23m, high: 102m, low: 101m), options).Value;

        suggestion.Lower.Should().Be(92m, "90% of 101.23 is 91.107, rounded up");
        suggestion.Upper.Should().Be(111m, "110% of 101.23 is 111.353, rounded down");
    }

    [Fact]
    public void Suggest_FlatMarket_FailsWithDegenerateRange()
    {
        var result = BaselineHeuristic.Suggest(Bars(20, close: 100m, high: 100m, low: 100m));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be(BaselineHeuristic.DegenerateRangeCode);
    }

    [Fact]
    public void Suggest_BandNarrowerThanTick_FailsWithDegenerateRange()
    {
        var options = new BaselineHeuristicOptions { TickSize = 1m };

        var result = BaselineHeuristic.Suggest(Bars(20, close: 1m, high: 1.01m, low: 0.99m), options);

        result.Error!.Code.Should().Be(BaselineHeuristic.DegenerateRangeCode);
    }

    [Fact]
    public void Suggest_NoBars_FailsWithNoBars()
    {
        BaselineHeuristic.Suggest([]).Error!.Code.Should().Be(BaselineHeuristic.NoBarsCode);
    }

    [Fact]
    public void Suggest_BarWithHighBelowLow_FailsWithInvalidBar()
    {
        var bars = Bars(20, 100m, 101m, 99m);
        bars[7] = bars[7] with { High = 98m };

        var result = BaselineHeuristic.Suggest(bars);

        result.Error!.Code.Should().Be(BaselineHeuristic.InvalidBarCode);
        result.Error.Message.Should().StartWith("bar 7");
    }

    [Fact]
    public void Suggest_InvalidOptions_Throws()
    {
        var bars = Bars(20, 100m, 101m, 99m);

        FluentActions.Invoking(() => BaselineHeuristic.Suggest(bars, new BaselineHeuristicOptions { AtrPeriod = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BaselineHeuristic.Suggest(bars, new BaselineHeuristicOptions { TickSize = 0m }))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GridSuggestion_JsonRoundTrip_IsEqual()
    {
        var suggestion = BaselineHeuristic.Suggest(Bars(20, 100m, 101m, 99m)).Value;
        var fallback = BaselineHeuristic.Suggest(Bars(2, 100m, 101m, 99m)).Value;

        JsonSerializer.Deserialize<GridSuggestion>(JsonSerializer.Serialize(suggestion)).Should().Be(suggestion);
        JsonSerializer.Deserialize<GridSuggestion>(JsonSerializer.Serialize(fallback)).Should().Be(fallback);
    }

    [Fact]
    public void BaselineHeuristicOptions_JsonRoundTrip_IsEqual()
    {
        var options = new BaselineHeuristicOptions { Aggressive = true, TickSize = 0.01m, AtrPeriod = 10 };

        JsonSerializer.Deserialize<BaselineHeuristicOptions>(JsonSerializer.Serialize(options)).Should().Be(options);
    }

    internal static Bar[] Bars(int count, decimal close, decimal high, decimal low)
    {
        var bars = new Bar[count];
        for (var i = 0; i < count; i++)
        {
            bars[i] = new Bar(i * 7_200_000L, close, high, low, close, 10m);
        }

        return bars;
    }
}
