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
    public void Fills_LossStreak_Pauses()
    {
        var bot = new BotFixture(new RiskLimits(1_000_000m, 1_000_000m, 0.99m, 1_000_000m, 2, 100, 0.99m)).Started();
        var sells = bot.State.Intents.Where(i => i.Side == OrderSide.Sell).ToList();

        // Two sells below the 120 entry: each closes at a loss.
        bot.Fill(sells[0], 119m);
        bot.Fill(sells[1], 118m);

        bot.State.Risk.ConsecutiveLosses.Should().Be(2);
        bot.State.Status.Should().Be(BotStatus.Paused);
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
