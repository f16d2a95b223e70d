using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Errors;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Safety;

namespace GridBot.Core.Tests.Bots;

public class BotEntitySafetyTests
{
    [Fact]
    public void Tick_DrawdownOverLimit_Flattens()
    {
        var bot = new BotFixture(new RiskLimits(1_000_000m, 1_000_000m, 0.01m, 1_000_000m, 100, 100, 0.99m)).Started();

        bot.Price = 40m;
        bot.Accept(new Tick());

        bot.State.Status.Should().Be(BotStatus.Flattening);
        bot.State.StatusReason.Should().Contain("Flatten");
        bot.State.Counters.SafetyActions.Should().Be(1);
    }

    [Fact]
    public void Rejections_TenApiErrors_EmergencyStop()
    {
        var bot = new BotFixture(new RiskLimits(1_000_000m, 1_000_000m, 0.99m, 1_000_000m, 100, 10, 0.99m)).Started();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        for (var i = 0; i < 10; i++)
        {
            bot.Accept(new OrderRejected(buy.ClientOrderId, new Error(ErrorKind.Network, "net", "connection reset")));
        }

        bot.Accept(new Tick());
        bot.State.Status.Should().Be(BotStatus.EmergencyStopped);
    }

    [Fact]
    public void Fills_RoundTripsLosingToFees_GrowTheStreakAndPause()
    {
        var bot = new BotFixture(new RiskLimits(1_000_000m, 1_000_000m, 0.99m, 1_000_000m, 2, 100, 0.99m)).Started();

        // Each sell closes a round trip of 10 (one level of spacing on 1 unit) but pays 11 in fees: a loss.
        bot.Fill(bot.GridIntent(3, OrderSide.Sell), fee: new CashAmount(11m, "USDT"));
        bot.State.Risk.ConsecutiveLosses.Should().Be(1);
        bot.Fill(bot.GridIntent(4, OrderSide.Sell), fee: new CashAmount(11m, "USDT"));

        bot.State.Risk.ConsecutiveLosses.Should().Be(2);
        bot.State.Status.Should().Be(BotStatus.Paused);
    }

    [Fact]
    public void Fills_BuyFeeTravelsToItsSell_RoundTripNetOfBothLegs()
    {
        var bot = new BotFixture().Started();

        // Buy at 110 pays 6, its sell at 120 pays 5: 10 − 6 − 5 = −1, a loss; with a 4 on the sell it would be +0 − no loss.
        bot.Fill(bot.GridIntent(1, OrderSide.Buy), fee: new CashAmount(6m, "USDT"));
        bot.State.Risk.ConsecutiveLosses.Should().Be(0, "a buy opens a round trip; it does not close one");
        bot.Fill(bot.GridIntent(2, OrderSide.Sell), fee: new CashAmount(5m, "USDT"));

        bot.State.Risk.ConsecutiveLosses.Should().Be(1);
    }

    [Fact]
    public void Fills_ProfitableRoundTripInADip_ResetsTheStreakThoughAverageCostPnlIsNegative()
    {
        var bot = new BotFixture().Started();
        bot.Fill(bot.GridIntent(3, OrderSide.Sell), fee: new CashAmount(11m, "USDT"));
        bot.State.Risk.ConsecutiveLosses.Should().Be(1);

        // The dip: buys at 120, 110 and 100 fill (4 units at 112.5 on average), then the sell at 110 closes the 100
        // buy's round trip (+10).
        bot.Fill(bot.GridIntent(2, OrderSide.Buy));
        bot.Fill(bot.GridIntent(1, OrderSide.Buy));
        bot.Fill(bot.GridIntent(0, OrderSide.Buy));
        var realizedBefore = bot.State.Position.RealizedPnl;
        bot.Fill(bot.GridIntent(1, OrderSide.Sell));

        bot.State.Position.RealizedPnl.Should().BeLessThan(realizedBefore, "on average cost, selling at 110 what was bought at ~112 is a loss");
        bot.State.Risk.ConsecutiveLosses.Should().Be(0, "the round trip 100 → 110 earned its spacing");
        bot.State.Status.Should().Be(BotStatus.Running);
    }

    [Fact]
    public void Tick_StopLossPrice_Flattens()
    {
        var bot = new BotFixture(spec: new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m), StopLossPrice: 90m)).Started();

        bot.Price = 89m;
        bot.Accept(new Tick());

        bot.State.Status.Should().Be(BotStatus.Flattening);
        bot.State.StatusReason.Should().Contain("StopLoss");
    }

    [Fact]
    public void Tick_TrailingUp_CancelsBottomAndPlacesBelowNewTop()
    {
        var bot = new BotFixture(spec: new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m), TrailingUp: true));
        bot.Price = 140m;
        bot.Accept(new StartBot());
        bot.AckAll();

        bot.Price = 150m;
        bot.Accept(new Tick());

        bot.Cancelled.Should().ContainSingle();
        bot.Placed.Should().ContainSingle(p => p.Side == OrderSide.Buy && p.Price == 140m);
        bot.State.Grid!.Generation.Should().Be(1);
    }

    [Fact]
    public void Tick_NewUtcDay_ResetsApiErrorsAndDayStart()
    {
        var bot = new BotFixture().Started();
        bot.Accept(new OrderRejected(bot.State.Intents[0].ClientOrderId, new Error(ErrorKind.Network, "n", "reset")));

        bot.Now += 86_400_000;
        bot.Accept(new Tick());

        bot.State.Risk.ApiErrors.Should().Be(0);
        bot.State.Risk.Day.Should().Be(BotEntity.Day(bot.Now));
    }
}
