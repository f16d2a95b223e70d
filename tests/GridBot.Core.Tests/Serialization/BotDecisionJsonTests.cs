using System.Text.Json;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Effects;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Errors;
using GridBot.Core.Flatten;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Serialization;

namespace GridBot.Core.Tests.Serialization;

/// <summary>A decision and a market view cross a process boundary (the Function app's entity → its orchestration) unchanged.</summary>
public class BotDecisionJsonTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void RoundTrip_DecisionWithEveryEffectKind_SameEffectsInOrder()
    {
        var fill = new ExchangeFill(Btc, "t-1", "bot1-g1-L2-B", "x-9", OrderSide.Buy, 100.10m, 0.50m, new CashAmount(0.0005m, "BNB"), IsMaker: true, 1_700_000_000_000);
        var decision = new BotDecision(null, [
            new PlaceOrder(new OrderRequest(Btc, "bot1-g1-L3-S", OrderSide.Sell, OrderType.Limit, 0.50m, 110.00m)),
            new CancelOrder(Btc, "bot1-g1-L1-B"),
            new PublishFill("bot1", fill),
            new Notify("bot1", "flattened"),
            new Schedule(new Tick(), 1_700_000_030_000),
        ], new BotRejection(BotRejectionReason.IllegalTransition, "not now"));

        var json = JsonSerializer.Serialize(decision, CoreJsonContext.Default.BotDecision);
        var copy = JsonSerializer.Deserialize(json, CoreJsonContext.Default.BotDecision)!;

        copy.Effects.Select(e => e.GetType()).Should().Equal(decision.Effects.Select(e => e.GetType()));
        copy.Effects.Should().BeEquivalentTo(decision.Effects, o => o.RespectingRuntimeTypes());
        ((PublishFill)copy.Effects[2]).Fill.Should().Be(fill);
        copy.Rejection.Should().Be(decision.Rejection);
        json.Should().Contain("\"effect\":\"place\"").And.Contain("\"effect\":\"schedule\"");
    }

    [Fact]
    public void RoundTrip_MarketViewWithLookupsQuoteAndFeePrices_Unchanged()
    {
        var order = new ExchangeOrder(Btc, "bot1-g1-L2-B", "x-1", OrderSide.Buy, OrderType.Limit, 100m, 0.5m, 0.25m, OrderStatus.PartiallyFilled, 1_700_000_000_000);
        var view = new MarketView(1_700_000_000_000, 101.5m,
            new Dictionary<string, ExchangeOrder?> { ["bot1-g1-L2-B"] = order, ["bot1-g1-L4-S"] = null },
            new TopOfBook(101.4m, 101.6m),
            new Dictionary<string, decimal> { ["BNB"] = 612.35m });

        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(view, CoreJsonContext.Default.MarketView), CoreJsonContext.Default.MarketView)!;

        copy.Should().BeEquivalentTo(view);
        copy.Lookups!["bot1-g1-L4-S"].Should().BeNull("an order the venue does not have stays distinct from one not looked up");
    }

    [Fact]
    public void RoundTrip_OperationList_KeepsEachOperationsKind()
    {
        List<BotOperation> ops = [new FillsReadThrough(5), new OrderCanceled("c-1"), new OrderRejected("c-2", new Error(ErrorKind.DuplicateClientOrderId, "-2010", "dup"))];

        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(ops, CoreJsonContext.Default.ListBotOperation), CoreJsonContext.Default.ListBotOperation)!;

        copy.Should().BeEquivalentTo(ops, o => o.RespectingRuntimeTypes());
    }
}
