using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;
using GridFunctions.Testing;
using Xunit.Abstractions;

namespace GridFunctions.Tests.Durable;

public sealed class DurableSmokeTests(ITestOutputHelper output)
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public async Task CreateStartTick_OnTheEngine_TheEntityHoldsTheStateAndTheOrdersAreAtTheVenue()
    {
        var config = new BotConfig("d1", Venue.Paper, MarketType.Spot, new SymbolRules(Btc, 0.01m, 0.00001m, minNotional: 5m),
            new GridSpec(19_500m, 25_000m, 11, GridSpacing.Arithmetic, LevelSizing.Quote(100m)), 10_000m, FeeSchedule.FromBps(10m, 10m), GridBot.Runtime.Control.RiskDefaults.Off);
        await using var rig = await DurableRig.StartAsync(config, 1_700_000_000_000);
        rig.Paper.MoveTo(22_000m, 1_700_000_000_000);
        var started = DateTime.UtcNow;

        var created = await rig.Host.SendAndWaitAsync("d1", new CreateBot(config), default);
        var running = await rig.Host.SendAndWaitAsync("d1", new StartBot(), default);
        await rig.Host.SendAndWaitAsync("d1", new Tick(), default);
        output.WriteLine($"three operations in {(DateTime.UtcNow - started).TotalMilliseconds:N0} ms");

        created.Accepted.Should().BeTrue();
        running.State!.Status.Should().Be(BotStatus.Running);
        var state = await rig.Host.GetStateAsync("d1", default);
        state!.Status.Should().Be(BotStatus.Running);
        var open = (await rig.Paper.GetOpenOrdersAsync(Btc, default)).Value;
        open.Should().HaveCount(state.Intents.Count).And.HaveCountGreaterThan(5);
        (await rig.Storage.Registry.GetAsync("d1", default))!.Status.Should().Be("Running");
    }
}
