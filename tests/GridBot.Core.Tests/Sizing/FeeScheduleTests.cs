using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Core.Tests.Sizing;

public class FeeScheduleTests
{
    [Fact]
    public void Default_Is10Bps_MakerAndTaker()
    {
        FeeSchedule.Default.MakerRate.Should().Be(0.001m);
        FeeSchedule.Default.TakerRate.Should().Be(0.001m);
    }

    [Theory]
    [InlineData(Liquidity.Maker, false, "0.0002")]
    [InlineData(Liquidity.Taker, false, "0.0004")]
    [InlineData(Liquidity.Maker, true, "0.00015")]
    [InlineData(Liquidity.Taker, true, "0.0003")]
    public void EffectiveRate_BnbDiscount_Takes25Percent(Liquidity liquidity, bool bnb, string expected) =>
        new FeeSchedule(0.0002m, 0.0004m).EffectiveRate(liquidity, bnb).Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void QuoteFee_Notional_IsRateTimesNotional() =>
        FeeSchedule.Default.QuoteFee(50_000m, Liquidity.Taker).Should().Be(50m);

    [Fact]
    public void Fee_PaidInBnb_CarriesBnbAsset()
    {
        var fee = FeeSchedule.Default.Fee(1_000m, Liquidity.Maker, new Symbol("BTC", "USDT"), bnbPriceInQuote: 500m);

        fee.Should().Be(new CashAmount(0.0015m, "BNB"));
    }

    [Fact]
    public void Fee_PaidInQuote_CarriesQuoteAsset() =>
        FeeSchedule.Default.Fee(1_000m, Liquidity.Maker, new Symbol("BTC", "USDT")).Should().Be(new CashAmount(1m, "USDT"));

    [Fact]
    public void FromBps_TenBps_IsOneTenthPercent() =>
        FeeSchedule.FromBps(10m, 7.5m).Should().Be(new FeeSchedule(0.001m, 0.00075m));
}
