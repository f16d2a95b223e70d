using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Safety;
using GridBot.Core.Sizing;

namespace GridBot.Benchmarks;

/// <summary>A running 41-level bot with its grid orders acknowledged, and the operations the benchmarks apply to it.</summary>
internal static class BotFixtures
{
    public static readonly Symbol Btc = new("BTC", "USDT");

    public static BotConfig Config(string id) => new(id, Venue.Paper, MarketType.Spot, new SymbolRules(Btc, 0.01m, 0.00001m, minNotional: 5m),
        new GridSpec(21_000m, 23_000m, 41, GridSpacing.Arithmetic, LevelSizing.Quote(100m)), 10_000m, FeeSchedule.FromBps(10m, 10m), RiskLimits.Default);

    public static BotState RunningBot(string id = "bench")
    {
        var config = Config(id) with { Limits = new RiskLimits(1_000_000m, 1_000_000m, 0.5m, 1_000_000m, 100, 100, 0.5m) };
        var view = MarketView.At(1_700_000_000_000, 22_010m);
        var state = BotEntity.Decide(null, new CreateBot(config), view).State!;
        state = BotEntity.Decide(state, new StartBot(), view).State!;
        var start = state.Intents.Single();
        state = BotEntity.Decide(state, new FillObserved(Fill(start, "t0", 22_010m)), view).State!;
        foreach (var intent in state.Intents.ToList())
        {
            state = BotEntity.Decide(state, new OrderAccepted(new ExchangeOrder(Btc, intent.ClientOrderId, "x", intent.Side, intent.Type, intent.Price,
                intent.Quantity, 0m, OrderStatus.New, 0)), view).State!;
        }

        return state;
    }

    public static ExchangeFill Fill(OrderIntent intent, string tradeId, decimal? price = null) =>
        new(Btc, tradeId, intent.ClientOrderId, "x", intent.Side, price ?? intent.Price!.Value, intent.Remaining, new CashAmount(0.1m, "USDT"), true, 1_700_000_000_000);
}
