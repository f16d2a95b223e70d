using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Core.Tests.Bots;

/// <summary>The TWAP flatten inside the bot: one closing order at a time, retries only on a Tick, market at the deadline.</summary>
public class BotEntityFlattenTests
{
    [Fact]
    public void ThinBook_ShortSliceRetriedOnTicksOnly_ThenMarketAtTheDeadline()
    {
        var bot = Flattening();
        var first = bot.State.Intents.Single();
        first.Type.Should().Be(OrderType.LimitIoc);
        first.Quantity.Should().Be(0.2m);

        // The IOC takes 0.05 of its 0.2 and expires. The venue's answer comes before the fill: the bot keeps the order
        // (shrunk to what executed) and sends nothing until it has seen that fill.
        bot.Accept(new OrderAccepted(BotFixture.Order(first, OrderStatus.Expired, filled: 0.05m)));
        bot.State.Intents.Should().ContainSingle().Which.Quantity.Should().Be(0.05m);
        bot.Placed.Should().BeEmpty();
        bot.Fill(bot.State.Intents.Single(), 120m, 0.05m);
        bot.Placed.Should().BeEmpty("a short slice is retried on the next Tick, not at once");
        bot.State.Flatten!.FilledQuantity.Should().Be(0.05m);

        bot.Now += 10_000;
        bot.Accept(new Tick());
        var retry = bot.Placed.Should().ContainSingle().Subject;
        retry.Should().Match<OrderRequest>(r => r.Type == OrderType.LimitIoc && r.Quantity == 0.15m);
        bot.Accept(new OrderAccepted(BotFixture.Order(bot.State.Intents.Single(), OrderStatus.Expired)));
        bot.State.Intents.Should().BeEmpty();

        bot.Now += 25_000; // past slice 0's deadline (30 s)
        bot.Accept(new Tick());
        var market = bot.Placed.Should().ContainSingle().Subject;
        market.Should().Match<OrderRequest>(r => r.Type == OrderType.Market && r.Quantity == 0.15m && r.Side == OrderSide.Sell);
        bot.State.Flatten!.UsedMarketFallback.Should().BeTrue();
    }

    [Fact]
    public void ClosingOrderRejected_FinishesWithWhatIsLeft()
    {
        var bot = Flattening();
        var first = bot.State.Intents.Single();

        bot.Accept(new OrderRejected(first.ClientOrderId, new Error(ErrorKind.FilterFailure, "-1013", "Filter failure: LOT_SIZE")));

        bot.State.Status.Should().Be(BotStatus.RequiresManualResume);
        bot.State.StatusReason.Should().Contain("rejected").And.Contain("2.000 BTC left");
        bot.Placed.Should().BeEmpty();
    }

    [Fact]
    public void PositionBelowTheVenueMinimum_NoOrder_RequiresManualResume()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();
        bot.Fill(bot.GridIntent(3, OrderSide.Sell));
        bot.Fill(bot.GridIntent(4, OrderSide.Sell)); // flat now

        bot.Accept(new FlattenBot("operator"));
        foreach (var intent in bot.State.Intents.ToList())
        {
            bot.Accept(new OrderCanceled(intent.ClientOrderId));
        }

        bot.State.Status.Should().Be(BotStatus.RequiresManualResume);
        bot.Placed.Should().BeEmpty();
    }

    [Fact]
    public void NewFlattenAfterClearing_StartsAFreshPlan()
    {
        var bot = Flattening();
        while (bot.State.Status == BotStatus.Flattening)
        {
            if (bot.State.Intents.SingleOrDefault() is { } working)
            {
                bot.Fill(working, 120m);
            }

            bot.Now += 30_000;
            bot.Accept(new Tick());
        }

        bot.Accept(new ClearManualResume());
        bot.State.Flatten.Should().BeNull();
        bot.Accept(new ResumeBot());
        bot.Fill(bot.State.Intents.Single(i => i.Kind == IntentKind.StartBuy), 120m);
        bot.Accept(new FlattenBot("again"));
        foreach (var intent in bot.State.Intents.ToList())
        {
            bot.Accept(new OrderCanceled(intent.ClientOrderId));
        }

        bot.State.Flatten!.FilledQuantity.Should().Be(0m);
        bot.State.Intents.Should().ContainSingle(i => i.Kind == IntentKind.Flatten);
    }

    /// <summary>A started bot holding 2 BTC, told to flatten, its grid cancelled: the first slice is out.</summary>
    private static BotFixture Flattening()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();
        bot.Accept(new FlattenBot("operator"));
        foreach (var intent in bot.State.Intents.ToList())
        {
            bot.Accept(new OrderCanceled(intent.ClientOrderId));
        }

        return bot;
    }
}
