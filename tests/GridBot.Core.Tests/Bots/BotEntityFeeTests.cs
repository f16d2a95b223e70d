using GridBot.Core.Bots;
using GridBot.Core.Market;

namespace GridBot.Core.Tests.Bots;

/// <summary>Fees count in PnL in any asset: quote as charged, base at the fill price, a third asset at the venue's price.</summary>
public class BotEntityFeeTests
{
    [Fact]
    public void BnbFee_WithItsPrice_ChangesPnlByTheConvertedAmount()
    {
        var bot = new BotFixture { FeePrices = new Dictionary<string, decimal> { ["BNB"] = 600m } }.Started();
        var before = bot.State.Position.NetRealizedPnl;

        bot.Fill(bot.GridIntent(3, OrderSide.Sell), fee: new CashAmount(0.01m, "BNB"));

        bot.State.Position.FeesPaid.Should().Be(6m);
        bot.State.Position.NetRealizedPnl.Should().Be(before + 10m - 6m);
        bot.State.UnconvertedFees.Should().BeNullOrEmpty();
    }

    [Fact]
    public void BnbFee_WithoutAPrice_ReportedUnconvertedNeverZero()
    {
        var bot = new BotFixture().Started();

        bot.Fill(bot.GridIntent(3, OrderSide.Sell), fee: new CashAmount(0.01m, "BNB"));
        bot.Fill(bot.GridIntent(4, OrderSide.Sell), fee: new CashAmount(0.02m, "BNB"));

        bot.State.UnconvertedFees.Should().Equal(new CashAmount(0.03m, "BNB"));
        bot.Last.Effects.OfType<GridBot.Core.Bots.Effects.Notify>().Should().Contain(n => n.Text.Contains("unconverted", StringComparison.Ordinal));
    }

    [Fact]
    public void BaseFee_ConvertedAtTheFillPrice()
    {
        var bot = new BotFixture().Started();

        bot.Fill(bot.GridIntent(1, OrderSide.Buy), fee: new CashAmount(0.001m, "BTC"));

        bot.State.Position.FeesPaid.Should().Be(0.11m);
    }
}
