using GridBot.Core.Market;
using GridBot.Core.Risk;

namespace GridBot.Core.Tests.Risk;

public class RiskRulesTests
{
    [Theory]
    [InlineData(TradeRegime.Trend, OrderSide.Buy, 130, 85)]    // TP 3×ATR, SL 1.5×ATR
    [InlineData(TradeRegime.Trend, OrderSide.Sell, 70, 115)]
    [InlineData(TradeRegime.Range, OrderSide.Buy, 115, 90)]    // TP 1.5×ATR, SL 1×ATR
    [InlineData(TradeRegime.Range, OrderSide.Sell, 85, 110)]
    [InlineData(TradeRegime.Unknown, OrderSide.Buy, 120, 90)]  // TP 2×ATR, SL 1×ATR
    [InlineData(TradeRegime.Unknown, OrderSide.Sell, 80, 110)]
    public void ComputeTpSl_EntryHundredAtrTen_ByRegimeAndSide(TradeRegime regime, OrderSide side, decimal tp, decimal sl)
    {
        RiskRules.ComputeTpSl(100m, regime, 10m, side).Should().Be(new TpSl(tp, sl));
    }

    [Fact]
    public void ComputeTpSl_ZeroAtr_BothAtEntry()
    {
        RiskRules.ComputeTpSl(50_000m, TradeRegime.Trend, 0m, OrderSide.Buy).Should().Be(new TpSl(50_000m, 50_000m));
    }

    [Theory]
    [InlineData(TradeRegime.Trend, 3, 1.5)]
    [InlineData(TradeRegime.Range, 1.5, 1)]
    [InlineData(TradeRegime.Unknown, 2, 1)]
    public void AtrMultipliers_PerRegime(TradeRegime regime, decimal tp, decimal sl)
    {
        AtrMultipliers.For(regime).Should().Be(new AtrMultipliers(tp, sl));
    }

    [Theory]
    [InlineData(0, 3_599_999, 3600, TradeRegime.Trend, false)]
    [InlineData(0, 3_600_000, 3600, TradeRegime.Trend, true)]  // inclusive
    [InlineData(0, 3_600_000, 3600, TradeRegime.Unknown, true)]
    [InlineData(0, 1_799_999, 3600, TradeRegime.Range, false)]
    [InlineData(0, 1_800_000, 3600, TradeRegime.Range, true)]  // range halves the hold
    [InlineData(1_000, 1_499, 1, TradeRegime.Range, false)]    // odd-second halving is exact in ms: 500 ms
    [InlineData(1_000, 1_500, 1, TradeRegime.Range, true)]
    [InlineData(10_000, 9_000, 1, TradeRegime.Trend, false)]   // clock skew: now before open
    public void ShouldForceExit_HeldAtLeastMaxHold(long openedAtMs, long nowMs, int maxHold, TradeRegime regime, bool expected)
    {
        RiskRules.ShouldForceExit(openedAtMs, nowMs, maxHold, regime).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, 3, false)]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(4, 3, true)]
    public void CooldownRequired_StreakReachesMax(int lossStreak, int maxStreak, bool expected)
    {
        RiskRules.CooldownRequired(lossStreak, maxStreak).Should().Be(expected);
    }

    [Fact]
    public void CooldownRequired_ZeroMax_IsABug()
    {
        var act = () => RiskRules.CooldownRequired(1, 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
