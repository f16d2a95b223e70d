using Azure.Storage.Queues;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using GridBot.Runtime.Control;
using GridFunctions.FanOut;
using GridFunctions.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace GridFunctions.Tests.Durable;

/// <summary>
/// A fill that breaches the drawdown limit goes out through the Storage queue <c>fills-safety</c>, <c>FillSafety</c>
/// takes it from there, and the bot ends flattened and waiting for a manual resume — all on the Durable engine.
/// </summary>
public sealed class DurableSafetyTests(ITestOutputHelper output)
{
    private const long Start = 1_700_000_000_000;

    [Fact]
    public async Task DrawdownBreachingFill_ThroughTheSafetyQueue_BotFlattensAndWaitsForManualResume()
    {
        await using var rig = await StartedBotAsync("safe1");
        var (safetyQueue, safety) = Safety(rig);

        // The price falls through every buy level: each fill goes to the queues; the drawdown passes 3% on the way down.
        var messages = 0;
        var price = 20_000m;
        for (var step = 1; step <= 12 && (await rig.Host.GetStateAsync("safe1", default))!.Status == BotStatus.Running; step++)
        {
            price -= 250m;
            rig.Clock.Set(Start + (step * 60_000L));
            if (rig.Paper.MoveTo(price, Start + (step * 60_000L)).Count > 0)
            {
                await rig.Host.PollFillsAsync("safe1", default);
            }

            foreach (var message in (await safetyQueue.ReceiveMessagesAsync(32)).Value)
            {
                await safety.RunWithAsync(message.Body.ToString(), rig.Engine, default);
                await safetyQueue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                messages++;
            }
        }

        // The flatten's slices follow on the bot's clock (scheduled operations and ticks) until it is done.
        for (var minute = 1; minute <= 20 && (await rig.Host.GetStateAsync("safe1", default))!.Status == BotStatus.Flattening; minute++)
        {
            rig.Clock.Set(Start + ((20 + minute) * 60_000L));
            await rig.Host.SendAndWaitAsync("safe1", new Tick(), default);
        }

        await rig.Engine.WaitForIdleAsync(TimeSpan.FromMinutes(1));
        var state = (await rig.Host.GetStateAsync("safe1", default))!;
        var safetyStarts = rig.Engine.Started.Where(id => id.StartsWith("safety-safe1-", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{messages} safety messages, {safetyStarts.Count} operations started by FillSafety, final {state.Status}: {state.StatusReason}");

        messages.Should().BeGreaterThan(0, "the fills reached the safety queue");
        state.Status.Should().Be(BotStatus.RequiresManualResume);
        state.Position.Quantity.Should().Be(0m, "the flatten sold the position");
        (await rig.Paper.GetOpenOrdersAsync(rig.Config.Rules.Symbol, default)).Value.Should().BeEmpty();
    }

    /// <summary>
    /// The second line on its own: the venue reports a fill far below the last price the bot has seen (its entity has
    /// not applied it yet). <c>FillSafety</c>, reading the bot's entity, computes the drawdown at that fill, starts
    /// <c>BotOperation(Flatten)</c> with an id made of the handler, bot and trade (a redelivered message starts nothing
    /// again), and the bot flattens and waits for a manual resume.
    /// </summary>
    [Fact]
    public async Task FillReportedBelowTheDrawdownLimit_FillSafetyFlattensTheBotOnce()
    {
        await using var rig = await StartedBotAsync("safe2");
        var (safetyQueue, safety) = Safety(rig);
        var config = rig.Config;
        var running = (await rig.Host.SendAndWaitAsync("safe2", new Tick(), default)).State!; // the bot marks its equity (the drawdown's peak)
        running.Status.Should().Be(BotStatus.Running);

        var reported = new GridBot.Core.Ports.ExchangeFill(config.Rules.Symbol, "t-crash-1", "safe2-x-b", "x-1", OrderSide.Buy, 12_000m, 0.01m,
            new CashAmount(0.12m, "USDT"), IsMaker: true, Start + 1_000);
        await rig.Publisher.PublishAsync("safe2", reported, default);
        // The queue also holds the start-up buy's fill (harmless): every message goes through FillSafety, ours twice.
        var bodies = (await safetyQueue.ReceiveMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
        bodies.Should().Contain(b => b.Contains("t-crash-1", StringComparison.Ordinal));
        foreach (var body in bodies.Append(bodies.Single(b => b.Contains("t-crash-1", StringComparison.Ordinal))))
        {
            await safety.RunWithAsync(body, rig.Engine, default);
        }

        await rig.Engine.WaitForIdleAsync(TimeSpan.FromMinutes(1));

        rig.Engine.Started.Where(id => id.StartsWith("safety-safe2-", StringComparison.Ordinal)).Should().Equal("safety-safe2-t-crash-1");
        var flattening = (await rig.Host.GetStateAsync("safe2", default))!;
        flattening.StatusReason.Should().Contain("safety handler");
        for (var minute = 1; minute <= 20 && (await rig.Host.GetStateAsync("safe2", default))!.Status == BotStatus.Flattening; minute++)
        {
            rig.Clock.Set(Start + (minute * 60_000L));
            await rig.Host.SendAndWaitAsync("safe2", new Tick(), default);
        }

        await rig.Engine.WaitForIdleAsync(TimeSpan.FromMinutes(1));
        var state = (await rig.Host.GetStateAsync("safe2", default))!;
        output.WriteLine($"final {state.Status}: {state.StatusReason}");
        state.Status.Should().Be(BotStatus.RequiresManualResume);
        state.Position.Quantity.Should().Be(0m);
    }

    /// <summary>A running 11-level paper bot with a 3% drawdown limit, its fills going to the real Storage queues on Azurite.</summary>
    private static async Task<DurableRig> StartedBotAsync(string botId)
    {
        var config = new BotConfig(botId, Venue.Paper, MarketType.Spot, new SymbolRules(new Symbol("BTC", "USDT"), 0.01m, 0.00001m, minNotional: 5m),
            new GridSpec(19_000m, 21_000m, 11, GridSpacing.Arithmetic, LevelSizing.Quote(200m)), 2_000m, FeeSchedule.FromBps(10m, 10m),
            RiskDefaults.For(2_000m, drawdownPct: 3m));
        var fanOut = new FanOutOptions();
        var rig = await DurableRig.StartAsync(config, Start,
            publisher: azurite => new QueueFillPublisher(new QueueServiceClient(azurite.ConnectionString, QueueFillPublisher.ClientOptions), [fanOut.SafetyQueue, fanOut.FlattenQueue]));
        rig.Paper.MoveTo(20_000m, Start);
        await rig.Host.SendAndWaitAsync(botId, new CreateBot(config), default);
        await rig.Host.SendAndWaitAsync(botId, new StartBot(), default);
        return rig;
    }

    /// <summary>The safety queue, and <c>FillSafety</c> as the app builds it.</summary>
    private static (QueueClient Queue, FillSafetyFunction Function) Safety(DurableRig rig) => (
        new QueueClient(rig.Azurite.ConnectionString, new FanOutOptions().SafetyQueue, QueueFillPublisher.ClientOptions),
        new FillSafetyFunction(new FillDispatcher(rig.Publisher, NullLogger<FillDispatcher>.Instance)));
}
