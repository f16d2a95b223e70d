using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Core.Tests.Bots;

public class BotEntityLifecycleTests
{
    [Fact]
    public void Create_ValidConfig_CreatedWithNoOrders()
    {
        var bot = new BotFixture();

        bot.State.Status.Should().Be(BotStatus.Created);
        bot.State.Intents.Should().BeEmpty();
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("much-too-long-bot-identifier")]
    [InlineData("")]
    public void Create_BadBotId_Rejected(string id)
    {
        var config = new BotFixture().Config with { BotId = id };

        var decision = BotEntity.Decide(null, new CreateBot(config), MarketView.At(0, null));

        decision.Accepted.Should().BeFalse();
        decision.State.Should().BeNull();
        decision.Rejection!.Reason.Should().Be(BotRejectionReason.InvalidConfig);
        decision.Rejection.Detail.Should().Contain("bot id");
    }

    [Fact]
    public void Create_InvalidGrid_RejectedWithLayoutReason()
    {
        var config = new BotFixture().Config with { Spec = new GridSpec(140m, 100m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m)) };

        var rejection = BotEntity.Decide(null, new CreateBot(config), MarketView.At(0, null)).Rejection!;
        rejection.Reason.Should().Be(BotRejectionReason.InvalidConfig);
        rejection.Detail.Should().Contain("lower 140 must be below upper 100");
    }

    [Fact]
    public void Start_WithSells_BuysBaseFirstThenPlacesLadder()
    {
        var bot = new BotFixture();

        bot.Accept(new StartBot());

        bot.State.Status.Should().Be(BotStatus.Running);
        bot.Placed.Should().ContainSingle().Which.Should().Match<OrderRequest>(r => r.Type == OrderType.Market && r.Side == OrderSide.Buy && r.Quantity == 2m);
        bot.Fill(bot.State.Intents.Single(), 120m);
        bot.Placed.Select(p => (p.Side, p.Price)).Should().BeEquivalentTo(new (OrderSide, decimal?)[]
        {
            (OrderSide.Buy, 100m), (OrderSide.Buy, 110m), (OrderSide.Sell, 130m), (OrderSide.Sell, 140m),
        });
        bot.State.Intents.Should().OnlyContain(i => i.Status == IntentStatus.Pending);
    }

    [Fact]
    public void Start_NotEnoughCapital_RejectedNamingNeed()
    {
        var bot = new BotFixture(spec: new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(30m)));

        var rejection = bot.Decide(new StartBot()).Rejection!;
        rejection.Reason.Should().Be(BotRejectionReason.InsufficientCapital);
        rejection.Detail.Should().Contain("needs").And.Contain("has 10000");
        bot.State.Status.Should().Be(BotStatus.Created);
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Decide_IllegalTransition_RejectedWithReasonAndNoEffects(BotStatus from, BotOperation op)
    {
        var bot = new BotFixture();
        Drive(bot, from);
        var before = bot.State;

        var decision = bot.Decide(op);

        decision.Rejection!.Detail.Should().NotBeNullOrWhiteSpace();
        decision.Effects.Should().BeEmpty();
        bot.State.Should().BeSameAs(before);
    }

    public static TheoryData<BotStatus, BotOperation> IllegalTransitions() => new()
    {
        { BotStatus.Created, new PauseBot("x") },
        { BotStatus.Created, new ResumeBot() },
        { BotStatus.Created, new FlattenBot("x") },
        { BotStatus.Running, new StartBot() },
        { BotStatus.Running, new ResumeBot() },
        { BotStatus.Running, new ClearManualResume() },
        { BotStatus.Paused, new PauseBot("again") },
        { BotStatus.Stopped, new StopBot() },
        { BotStatus.Stopped, new ResumeBot() },
        { BotStatus.EmergencyStopped, new ResumeBot() },
        { BotStatus.EmergencyStopped, new EmergencyStopBot("again") },
        { BotStatus.Running, new CreateBot(new BotFixture().Config) },
    };

    [Fact]
    public void PauseResume_CancelsThenReplacesWithNewIds()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();
        var before = bot.State.Intents.Select(i => i.ClientOrderId).ToList();

        bot.Accept(new PauseBot("operator"));
        bot.Cancelled.Should().BeEquivalentTo(before);
        bot.State.Intents.Should().OnlyContain(i => i.Status == IntentStatus.CancelPending);
        foreach (var id in before)
        {
            bot.Accept(new OrderCanceled(id));
        }

        bot.State.Intents.Should().BeEmpty();
        bot.Accept(new ResumeBot());

        bot.Placed.Should().HaveCount(4);
        bot.Placed.Select(p => p.ClientOrderId).Should().NotIntersectWith(before);
    }

    [Fact]
    public void Pause_FillRacesCancel_GridUpdatedCounterWaitsForResume()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();
        var buy110 = bot.GridIntent(1, OrderSide.Buy);
        bot.Accept(new PauseBot("operator"));

        bot.Fill(buy110, 110m);

        bot.Placed.Should().BeEmpty();
        bot.State.Grid!.OrderAt(2)!.Side.Should().Be(OrderSide.Sell);
        foreach (var intent in bot.State.Intents.ToList())
        {
            bot.Accept(new OrderCanceled(intent.ClientOrderId));
        }

        bot.Accept(new ResumeBot());
        bot.Placed.Should().Contain(p => p.Side == OrderSide.Sell && p.Price == 120m);
    }

    [Fact]
    public void Stop_Running_CancelsEverythingForGood()
    {
        var bot = new BotFixture().Started();

        bot.Accept(new StopBot());

        bot.State.Status.Should().Be(BotStatus.Stopped);
        bot.Cancelled.Should().HaveCount(4);
        bot.Decide(new ResumeBot()).Rejection.Should().NotBeNull();
    }

    [Fact]
    public void EmergencyStop_CancelsAllAndPlacesNothingUntilCleared()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();
        var buy = bot.GridIntent(1, OrderSide.Buy);

        bot.Accept(new EmergencyStopBot("operator"));
        bot.Cancelled.Should().HaveCount(4);
        bot.Fill(buy, 110m);
        bot.Placed.Should().BeEmpty();

        bot.Accept(new ClearManualResume());
        bot.State.Status.Should().Be(BotStatus.Paused);
        foreach (var intent in bot.State.Intents.ToList())
        {
            bot.Accept(new OrderCanceled(intent.ClientOrderId));
        }

        bot.Accept(new ResumeBot());
        bot.State.Status.Should().Be(BotStatus.Running);
        bot.Placed.Should().NotBeEmpty();
    }

    [Fact]
    public void Flatten_CancelsGridThenSellsPositionThenRequiresManualResume()
    {
        var bot = new BotFixture().Started();
        bot.AckAll();

        bot.Accept(new FlattenBot("operator"));
        bot.State.Status.Should().Be(BotStatus.Flattening);
        bot.Cancelled.Should().HaveCount(4);
        bot.Placed.Should().BeEmpty("the position is sold only once no grid order is left");
        foreach (var intent in bot.State.Intents.ToList())
        {
            bot.Accept(new OrderCanceled(intent.ClientOrderId));
        }

        // TWAP: ten IOC slices of 0.2 at the bid, one every 30 s, each sent once the previous is filled and it is due.
        var closes = new List<OrderRequest>();
        for (var tick = 0; bot.State.Status == BotStatus.Flattening && tick < 30; tick++)
        {
            closes.AddRange(bot.Placed);
            while (bot.State.Intents.SingleOrDefault() is { } working)
            {
                bot.Fill(working, 120m);
                closes.AddRange(bot.Placed);
            }

            bot.Now += 30_000;
            bot.Accept(new Tick());
        }

        closes.Should().HaveCount(10).And.OnlyContain(r => r.Type == OrderType.LimitIoc && r.Side == OrderSide.Sell && r.Price == 120m && r.Quantity == 0.2m && r.ReduceOnly);
        bot.State.Status.Should().Be(BotStatus.RequiresManualResume);
        bot.State.StatusReason.Should().Contain("flattened 2");
        bot.State.Risk.ConsecutiveLosses.Should().Be(1, "a flatten exit counts as one loss");
        bot.State.Position.IsFlat.Should().BeTrue();
        bot.Decide(new ResumeBot()).Rejection.Should().NotBeNull();
        bot.Accept(new ClearManualResume());
        bot.Accept(new ResumeBot());
        bot.Placed.Should().ContainSingle(p => p.Type == OrderType.Market, "a new grid buys its base again");
        bot.State.Grid!.Generation.Should().Be(1);
    }

    [Fact]
    public void UpdateLimits_ChangesConfig()
    {
        var bot = new BotFixture();
        var limits = new GridBot.Core.Safety.RiskLimits(maxPositionValue: 5m);

        bot.Accept(new UpdateLimits(limits));

        bot.State.Config.Limits.Should().Be(limits);
    }

    private static void Drive(BotFixture bot, BotStatus status)
    {
        switch (status)
        {
            case BotStatus.Running:
                bot.Started();
                break;
            case BotStatus.Paused:
                bot.Started().Accept(new PauseBot("x"));
                break;
            case BotStatus.Stopped:
                bot.Accept(new StopBot());
                break;
            case BotStatus.EmergencyStopped:
                bot.Started().Accept(new EmergencyStopBot("x"));
                break;
        }
    }
}
