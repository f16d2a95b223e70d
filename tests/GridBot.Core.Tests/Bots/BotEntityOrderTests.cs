using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Core.Tests.Bots;

public class BotEntityOrderTests
{
    [Fact]
    public void Fill_GridBuy_PlacesCounterSellOneLevelUp()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();

        bot.Fill(bot.GridIntent(1, OrderSide.Buy), 110m);

        bot.Placed.Should().ContainSingle().Which.Should().Match<OrderRequest>(r => r.Side == OrderSide.Sell && r.Price == 120m && r.Quantity == 1m);
        bot.Last.Effects.OfType<PublishFill>().Should().ContainSingle();
        bot.State.Position.Quantity.Should().Be(3m);
    }

    [Fact]
    public void FillsReadThrough_MovesTheCursorForwardOnlyAndSendsNothing()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();
        var cursor = bot.State.FillCursorMs;

        bot.Accept(new FillsReadThrough(cursor + 3_600_000));
        var effects = bot.Last.Effects;
        bot.Accept(new FillsReadThrough(cursor + 60_000));

        bot.State.FillCursorMs.Should().Be(cursor + 3_600_000);
        effects.Should().BeEmpty();
    }

    [Fact]
    public void Fill_SameTradeTwice_AppliedOnce()
    {
        var bot = new BotFixture().Started();
        var buy = bot.GridIntent(1, OrderSide.Buy);
        bot.Fill(buy, 110m, tradeId: "T-1");
        var after = bot.State;

        bot.Fill(buy, 110m, tradeId: "T-1");

        bot.Last.Effects.Should().BeEmpty();
        bot.State.Position.Should().Be(after.Position);
        bot.State.Counters.Fills.Should().Be(after.Counters.Fills);
    }

    [Fact]
    public void Fill_Partial_KeepsIntentUntilComplete()
    {
        var bot = new BotFixture().Started();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        bot.Fill(buy, 110m, quantity: 0.4m);
        bot.Placed.Should().BeEmpty();
        bot.GridIntent(1, OrderSide.Buy).Remaining.Should().Be(0.6m);

        bot.Fill(bot.GridIntent(1, OrderSide.Buy), 110m, quantity: 0.6m);
        bot.Placed.Should().ContainSingle(p => p.Side == OrderSide.Sell && p.Price == 120m);
    }

    [Fact]
    public void Rejected_UnknownStatus_StaysPendingAndReconcilesByLookup()
    {
        var bot = new BotFixture().Started();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        bot.Accept(new OrderRejected(buy.ClientOrderId, new Error(ErrorKind.UnknownStatus, "503", "gateway timeout")));
        bot.Placed.Should().BeEmpty("an unknown outcome is never re-sent blindly");
        bot.GridIntent(1, OrderSide.Buy).Status.Should().Be(IntentStatus.Pending);

        bot.Accept(new Tick(), new Dictionary<string, ExchangeOrder?> { [buy.ClientOrderId] = BotFixture.Order(buy, OrderStatus.New) });

        bot.Placed.Should().BeEmpty();
        bot.GridIntent(1, OrderSide.Buy).Status.Should().Be(IntentStatus.Open);
    }

    [Fact]
    public void Tick_PendingIntentVenueDoesNotHave_ResendsSameClientId()
    {
        var bot = new BotFixture().Started();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        bot.Accept(new Tick(), new Dictionary<string, ExchangeOrder?> { [buy.ClientOrderId] = null });

        bot.Placed.Should().ContainSingle().Which.ClientOrderId.Should().Be(buy.ClientOrderId);
        bot.GridIntent(1, OrderSide.Buy).Sends.Should().Be(2);
        bot.State.Counters.Resends.Should().Be(1);
    }

    [Fact]
    public void Rejected_DuplicateClientId_MeansPlaced()
    {
        var bot = new BotFixture().Started();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        bot.Accept(new OrderRejected(buy.ClientOrderId, new Error(ErrorKind.DuplicateClientOrderId, "-2010", "Duplicate order sent.")));

        bot.GridIntent(1, OrderSide.Buy).Status.Should().Be(IntentStatus.Open);
        bot.State.Risk.ApiErrors.Should().Be(0);
    }

    [Fact]
    public void Rejected_FilterFailure_PausesWithReason()
    {
        var bot = new BotFixture().Started();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        bot.Accept(new OrderRejected(buy.ClientOrderId, new Error(ErrorKind.FilterFailure, "-1013", "Filter failure: MIN_NOTIONAL")));

        bot.State.Status.Should().Be(BotStatus.Paused);
        bot.State.StatusReason.Should().Contain("MIN_NOTIONAL");
        bot.State.Counters.Rejections.Should().Be(1);
    }

    [Fact]
    public void Tick_OpenIntentGoneFromVenue_RemovedAndReplaced()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        bot.Accept(new Tick(), new Dictionary<string, ExchangeOrder?> { [buy.ClientOrderId] = BotFixture.Order(buy, OrderStatus.Canceled) });

        bot.Placed.Should().ContainSingle(p => p.Side == OrderSide.Buy && p.Price == 110m).Which.ClientOrderId.Should().NotBe(buy.ClientOrderId);
    }

    [Fact]
    public void ClientOrderIds_DeterministicAndValid()
    {
        var a = new BotFixture().Started();
        var b = new BotFixture().Started();

        a.State.Intents.Select(i => i.ClientOrderId).Should().Equal(b.State.Intents.Select(i => i.ClientOrderId));
        a.State.Intents.Should().OnlyContain(i => ClientOrderIds.IsValid(i.ClientOrderId));
        a.State.Intents.Select(i => i.ClientOrderId).Should().OnlyHaveUniqueItems();
        ClientOrderIds.For("abcdefghijklmnop", 9_999_999, IntentKind.Grid, 9_999, -999, OrderSide.Sell).Length.Should().BeLessThanOrEqualTo(36);
    }

    [Fact]
    public void Fill_UnknownOrder_UpdatesPositionAndNotifies()
    {
        var bot = new BotFixture().Started();
        var stray = new ExchangeFill(BotFixture.Btc, "T-9", "manual-1", "x", OrderSide.Buy, 100m, 1m, new CashAmount(0m, "USDT"), false, 0);

        bot.Accept(new FillObserved(stray));

        bot.State.Position.Quantity.Should().Be(3m);
        bot.Last.Effects.OfType<Notify>().Should().Contain(n => n.Text.Contains("does not track"));
    }
}
