using GridBot.Core.Rewards;

namespace GridBot.Core.Tests.Rewards;

public class RewardFormulasTests
{
    private const double Tolerance = 1e-12;

    [Theory]
    [InlineData(0, 3600, false, 0.0)]
    [InlineData(100, 3600, false, 4.61512051684126)]          // ln(101)
    [InlineData(-100, 3600, false, -4.61512051684126)]        // symmetric
    [InlineData(-100, 3600, true, -5.61512051684126)]         // stop hit: −1
    [InlineData(10, 60, false, 2.8978952727983707)]           // ln(11) + 0.5 quick win
    [InlineData(10, 900, false, 2.8978952727983707)]          // 900 s is still quick (inclusive)
    [InlineData(10, 901, false, 2.3978952727983707)]          // ln(11)
    [InlineData(-10, 60, false, -2.3978952727983707)]         // no quick bonus for a loss
    [InlineData(1, 60, true, 0.1931471805599453)]             // ln(2) − 1 + 0.5
    public void TradePoints_LogCompressedWithPenaltyAndBonus(double pnl, long duration, bool stopHit, double expected)
    {
        RewardFormulas.TradePoints((decimal)pnl, duration, stopHit).Should().BeApproximately(expected, Tolerance);
    }

    [Fact]
    public void TradePoints_EMinusOne_IsExactlyOnePoint()
    {
        RewardFormulas.TradePoints((decimal)(Math.E - 1), 3600, false).Should().BeApproximately(1.0, 1e-9);
    }

    [Theory]
    [InlineData(100, 40, 20, false, 4.0)]     // (100 − 0.5·40) / 20
    [InlineData(100, 40, 20, true, 4.1)]      // + 0.1 exploration bonus
    [InlineData(-50, 20, 10, false, -6.0)]    // (−50 − 10) / 10
    [InlineData(1_000, 0, 10, false, 10.0)]   // clipped at +10
    [InlineData(-1_000, 0, 10, false, -10.0)] // clipped at −10
    [InlineData(-1_000, 0, 10, true, -9.9)]   // bonus outside the clip
    [InlineData(0, 0, 1, false, 0.0)]
    public void RlReward_RiskAdjustedScaledClippedWithBonus(double pnl, double maxDd, double vol, bool exploration, double expected)
    {
        RewardFormulas.RlReward((decimal)pnl, (decimal)maxDd, vol, exploration).Should().BeApproximately(expected, Tolerance);
    }

    [Fact]
    public void RlReward_LargerDrawdown_LowerReward()
    {
        RewardFormulas.RlReward(100m, 80m, 20, false).Should().BeLessThan(RewardFormulas.RlReward(100m, 40m, 20, false));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void RlReward_NonPositiveVol_IsABug(double vol)
    {
        var act = () => RewardFormulas.RlReward(1m, 0m, vol, false);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void RlReward_NegativeDrawdown_IsABug()
    {
        var act = () => RewardFormulas.RlReward(1m, -1m, 1, false);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
