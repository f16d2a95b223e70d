using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Runtime;
using GridBot.Runtime.Control;
using GridBot.Storage;
using GridFunctions.Tests.Http;
using GridFunctions.Ticks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Ticks;

/// <summary>
/// <c>TickTimer</c>'s body on the Durable engine, over the app's wiring (<see cref="FunctionApp"/>), bots made through
/// the control functions; the bots' venue reads its prices through a <see cref="TickerGate"/>, so a tick can be held
/// running inside its <c>ReadView</c> activity.
/// </summary>
public sealed class TickTimerFunctionTests : IAsyncLifetime
{
    private readonly TickerGate _gate = new();
    private readonly FunctionApp _app;

    public TickTimerFunctionTests()
    {
        _app = new FunctionApp(configure: services => services.AddSingleton(sp => new BotEffects(
            config => new GatedExchange(sp.GetRequiredService<IBotVenues>().ExchangeFor(config), _gate),
            sp.GetRequiredService<BotStores>().Fills,
            sp.GetRequiredService<INotifier>(),
            sp.GetRequiredService<TimeProvider>())));
    }

    private TickTimerFunction Timer => ActivatorUtilities.CreateInstance<TickTimerFunction>(_app.Services);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RunWith_TwoRunningOneStopped_TicksTheRunningOnes_NothingMoreWhileTheyRun_AgainOnceDone()
    {
        foreach (var id in new[] { "tk1", "tk2", "tk3" })
        {
            (await _app.SendAsync(Bot(id), (f, r, o) => f.CreateWithAsync(r, o, default))).Status.Should().Be(StatusCodes.Status201Created);
            (await _app.SendAsync(null, (f, r, o) => f.CommandWithAsync(r, id, "start", o, default))).Status.Should().Be(StatusCodes.Status200OK);
        }

        (await _app.SendAsync(null, (f, r, o) => f.CommandWithAsync(r, "tk3", "stop", o, default))).Status.Should().Be(StatusCodes.Status200OK);
        _gate.Close();

        var first = await Timer.RunWithAsync(_app.Engine, default);
        await _gate.WaitHeldAsync(2, TimeSpan.FromSeconds(30));
        var second = await Timer.RunWithAsync(_app.Engine, default);
        _gate.Release();
        var done = new[] { await _app.Engine.WaitAsync("tick-tk1", default), await _app.Engine.WaitAsync("tick-tk2", default) };
        var third = await Timer.RunWithAsync(_app.Engine, default);

        first.Started.Should().BeEquivalentTo("tk1", "tk2");
        first.Skipped.Should().BeEmpty();
        second.Started.Should().BeEmpty("the first run's ticks are still running");
        second.Skipped.Should().BeEquivalentTo("tk1", "tk2");
        done.Should().AllSatisfy(d => d.Failure.Should().BeNull());
        third.Started.Should().BeEquivalentTo("tk1", "tk2");
        _app.Engine.Started.Where(i => i.StartsWith("tick-", StringComparison.Ordinal)).Should().Equal(
            first.Bots.Select(b => b.InstanceId).Concat(third.Bots.Select(b => b.InstanceId)));
        (await _app.Engine.WaitAsync("tick-tk1", default)).Failure.Should().BeNull();
        (await _app.Engine.WaitAsync("tick-tk2", default)).Failure.Should().BeNull();
    }

    [Fact]
    public async Task RunWith_EachStatus_OnlyRunningAndFlatteningBotsTick()
    {
        var registry = _app.Services.GetRequiredService<IBotRegistry>();
        foreach (var status in Enum.GetNames<GridBot.Core.Bots.BotStatus>())
        {
            await registry.UpsertAsync(new BotInfo($"s-{status}", Venue.Binance, MarketType.Spot, "BTCUSDT", status, 1, 1), default);
        }

        var summary = await Timer.RunWithAsync(_app.Engine, default);

        summary.Started.Should().BeEquivalentTo("s-Running", "s-Flattening");
        summary.Bots.Select(b => b.InstanceId).Should().BeEquivalentTo("tick-s-Running", "tick-s-Flattening");
        summary.Skipped.Should().BeEmpty();
        summary.Failed.Should().BeEmpty();
    }

    private static string Bot(string id) => $$"""
        {"botId":"{{id}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;
}
