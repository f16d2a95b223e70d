using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Safety;
using GridBot.Core.Sizing;

namespace GridFunctions.Tests.FanOut;

/// <summary>Bot states and fills for the fan-out tests, made by the Core itself (<see cref="BotEntity.Decide"/>).</summary>
internal static class FanOutBots
{
    public const long StartMs = 1_700_000_000_000;

    public static readonly Symbol Btc = new("BTC", "USDT");

    /// <summary>Every limit off except drawdown (5 %), so only a drawdown makes the safety handler act.</summary>
    public static readonly RiskLimits DrawdownOnly = new(decimal.MaxValue / 4, decimal.MaxValue / 4, 0.05m, decimal.MaxValue / 4, int.MaxValue, int.MaxValue, 1_000_000m);

    public static BotConfig Config(string botId) =>
        new(botId, Venue.Paper, MarketType.Spot, new SymbolRules(Btc, 0.01m, 0.00001m, minNotional: 5m),
            new GridSpec(19_500m, 25_000m, 41, GridSpacing.Arithmetic, LevelSizing.Quote(100m)), 10_000m, FeeSchedule.FromBps(10m, 10m), DrawdownOnly);

    /// <summary>A bot created and started at 22,000: Running, no drawdown yet.</summary>
    public static BotState Running(string botId)
    {
        var created = BotEntity.Decide(null, new CreateBot(Config(botId)), MarketView.At(StartMs, 22_000m)).State!;
        var started = BotEntity.Decide(created, new StartBot(), MarketView.At(StartMs + 1_000, 22_000m)).State!;
        started.Status.Should().Be(BotStatus.Running);
        return started;
    }

    /// <summary>Running, with equity 20 % under its peak: past the 5 % drawdown limit (the safety monitor says Flatten).</summary>
    public static BotState RunningInDrawdown(string botId)
    {
        var running = Running(botId);
        return running with { Risk = running.Risk with { PeakEquity = running.Config.Capital * 1.25m } };
    }

    public static ExchangeFill Fill(string tradeId, string clientOrderId = "bot1-000007-b", decimal price = 21_000.5m) =>
        new(Btc, tradeId, clientOrderId, $"ex-{tradeId}", OrderSide.Buy, price, 0.00476m, new CashAmount(0.0000047600m, "BTC"), IsMaker: true, StartMs + 60_000);
}
