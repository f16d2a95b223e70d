using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Safety;
using GridBot.Core.Sizing;

namespace GridBot.Core.Tests.Bots;

/// <summary>A bot on the 100/110/120/130/140 ladder, one base unit per order, no fees, generous limits.</summary>
internal sealed class BotFixture
{
    public static readonly Symbol Btc = new("BTC", "USDT");
    private int _trade;

    public BotFixture(RiskLimits? limits = null, GridSpec? spec = null)
    {
        Config = new BotConfig("bot1", Venue.Paper, MarketType.Spot, new SymbolRules(Btc, 0.01m, 0.001m),
            spec ?? new GridSpec(100m, 140m, 5, GridSpacing.Arithmetic, LevelSizing.Base(1m)), 10_000m, new FeeSchedule(0m, 0m),
            limits ?? new RiskLimits(1_000_000m, 1_000_000m, 0.99m, 1_000_000m, 1_000, 1_000, 0.99m));
        Last = BotEntity.Decide(null, new CreateBot(Config), MarketView.At(Now, Price));
        Last.Rejection.Should().BeNull();
        State = Last.State!;
    }

    public BotConfig Config { get; }

    public BotState State { get; private set; }

    public long Now { get; set; } = 1_700_000_000_000;

    public decimal Price { get; set; } = 120m;

    public BotDecision Last { get; private set; } = null!;

    /// <summary>Quote prices of third fee assets the runtime would hand the bot (null: none known).</summary>
    public IReadOnlyDictionary<string, decimal>? FeePrices { get; set; }

    public BotDecision Decide(BotOperation op, IReadOnlyDictionary<string, ExchangeOrder?>? lookups = null)
    {
        Last = BotEntity.Decide(State, op, new MarketView(Now, Price, lookups, new GridBot.Core.Flatten.TopOfBook(Price, Price), FeePrices));
        if (Last.State is not null)
        {
            State = Last.State;
        }

        return Last;
    }

    public BotDecision Accept(BotOperation op, IReadOnlyDictionary<string, ExchangeOrder?>? lookups = null)
    {
        var decision = Decide(op, lookups);
        decision.Rejection.Should().BeNull();
        return decision;
    }

    public IEnumerable<OrderRequest> Placed => Last.Effects.OfType<PlaceOrder>().Select(p => p.Request);

    public IEnumerable<string> Cancelled => Last.Effects.OfType<CancelOrder>().Select(c => c.ClientOrderId);

    /// <summary>Start at 120 and fill the start-up buy, leaving the four grid orders pending.</summary>
    public BotFixture Started()
    {
        Accept(new StartBot());
        var start = State.Intents.Single(i => i.Kind == IntentKind.StartBuy);
        Fill(start, 120m);
        return this;
    }

    /// <summary>Acknowledge every pending intent as the venue would.</summary>
    public void AckAll()
    {
        foreach (var intent in State.Intents.Where(i => i.Status == IntentStatus.Pending).ToList())
        {
            Accept(new OrderAccepted(Order(intent, OrderStatus.New)));
        }
    }

    public BotDecision Fill(OrderIntent intent, decimal? price = null, decimal? quantity = null, string? tradeId = null, CashAmount? fee = null)
    {
        var fill = new ExchangeFill(Btc, tradeId ?? $"t{++_trade}", intent.ClientOrderId, "x" + intent.ClientOrderId, intent.Side,
            price ?? intent.Price ?? Price, quantity ?? intent.Remaining, fee ?? new CashAmount(0m, "USDT"), intent.Type is OrderType.Limit or OrderType.LimitMaker, Now);
        return Accept(new FillObserved(fill));
    }

    public OrderIntent GridIntent(int level, OrderSide side) =>
        State.Intents.Single(i => i.Kind == IntentKind.Grid && i.Level == level && i.Side == side);

    public static ExchangeOrder Order(OrderIntent intent, OrderStatus status, decimal filled = 0m) =>
        new(Btc, intent.ClientOrderId, "x" + intent.ClientOrderId, intent.Side, intent.Type, intent.Price, intent.Quantity, filled, status, 0);
}
