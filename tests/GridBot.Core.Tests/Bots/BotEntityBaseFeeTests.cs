using GridBot.Core.Bots;
using GridBot.Core.Market;

namespace GridBot.Core.Tests.Bots;

/// <summary>
/// A venue that takes a buy's fee in the base asset (Bybit spot, Binance without BNB) credits less than was bought:
/// the position, the sells and the flatten follow what was credited, so the last sells never lack balance.
/// </summary>
public class BotEntityBaseFeeTests
{
    private static readonly CashAmount BtcFee = new(0.001m, "BTC");

    [Fact]
    public void BuyWithFeeInBase_PositionGetsWhatWasCredited_CounterSellSellsIt_NextBuyRestoresTheLevel()
    {
        var bot = new BotFixture().Started();
        var before = bot.State.Position.Quantity;

        bot.Fill(bot.GridIntent(1, OrderSide.Buy), fee: BtcFee);

        bot.State.Position.Quantity.Should().Be(before + 0.999m);
        bot.State.Position.FeesPaid.Should().Be(0.11m, "0.001 BTC at 110");
        var sell = bot.GridIntent(2, OrderSide.Sell);
        sell.Quantity.Should().Be(0.999m);

        bot.Fill(sell);

        bot.GridIntent(1, OrderSide.Buy).Quantity.Should().Be(1m, "the level buys its own quantity again");
        bot.State.Position.Quantity.Should().Be(before);
    }

    [Fact]
    public void StartBuyWithFeeInBase_TopSellCut_SellsNeverExceedThePosition()
    {
        var bot = new BotFixture();
        bot.Accept(new GridBot.Core.Bots.Operations.StartBot());
        var start = bot.State.Intents.Single(i => i.Kind == IntentKind.StartBuy);
        start.Quantity.Should().Be(2m);

        bot.Fill(start, 120m, fee: new CashAmount(0.002m, "BTC"));

        bot.State.Position.Quantity.Should().Be(1.998m);
        bot.State.Grid!.BaseForSells.Should().Be(1.998m);
        bot.GridIntent(4, OrderSide.Sell).Quantity.Should().Be(0.998m, "the sell furthest from the price gives up the shortfall");
        bot.GridIntent(3, OrderSide.Sell).Quantity.Should().Be(1m);
    }

    [Fact]
    public void SellWithFeeInBase_PositionLosesTheFeeToo_EquityDropsByItsValue()
    {
        var bot = new BotFixture().Started();
        var equity = bot.State.Equity(130m);

        bot.Fill(bot.GridIntent(3, OrderSide.Sell), fee: BtcFee);

        bot.State.Position.Quantity.Should().Be(0.999m);
        bot.State.Equity(130m).Should().Be(equity - 0.13m);
    }
}
