using GridBot.Core.Indicators;
using static GridBot.Core.Tests.Indicators.StockChartsReference;

namespace GridBot.Core.Tests.Indicators;

public class TechnicalIndicatorsTests
{
    public static TheoryData<string, Action> PeriodBelowOne => new()
    {
        { "Sma", () => _ = new Sma(0) },
        { "Ema", () => _ = new Ema(0) },
        { "Rsi", () => _ = new Rsi(0) },
        { "Atr", () => _ = new Atr(-1) },
        { "Adx", () => _ = new Adx(0) },
        { "BollingerBands", () => _ = new BollingerBands(0) },
        { "BollingerBands multiplier", () => _ = new BollingerBands(20, 0.0) },
        { "batch Sma", () => TechnicalIndicators.Sma([1.0], 0) },
        { "batch Atr", () => TechnicalIndicators.LastAtr([1.0], [1.0], [1.0], 0) },
    };

    [Theory]
    [MemberData(nameof(PeriodBelowOne))]
    public void Constructor_PeriodBelowOne_Throws(string name, Action create)
    {
        create.Should().Throw<ArgumentOutOfRangeException>(name);
    }

    [Fact]
    public void Atr_MismatchedLengths_Throws()
    {
        var act = () => TechnicalIndicators.Atr([1.0, 2.0], [1.0], [1.0, 2.0]);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Update_NonFiniteValue_Throws(double value)
    {
        var act = () => new Sma(3).Update(value);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Series_EmptyInput_ReturnsEmptyAndLastNull()
    {
        TechnicalIndicators.Ema([], 3).Should().BeEmpty();
        TechnicalIndicators.LastEma([], 3).Should().BeNull();
        TechnicalIndicators.LastAdx([], [], []).Should().BeNull();
        TechnicalIndicators.LastBollingerBands([]).Should().BeNull();
    }

    [Fact]
    public void Update_AfterWarmUp_AllocatesNothing()
    {
        var sma = new Sma(20);
        var ema = new Ema(20);
        var rsi = new Rsi();
        var atr = new Atr();
        var adx = new Adx();
        var bands = new BollingerBands();
        void Run(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var close = BollingerPrices[i % BollingerPrices.Length];
                sma.Update(close);
                ema.Update(close);
                rsi.Update(close);
                atr.Update(close + 1.0, close - 1.0, close);
                adx.Update(close + 1.0, close - 1.0, close);
                bands.Update(close);
            }
        }

        Run(100);
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
    }
}
