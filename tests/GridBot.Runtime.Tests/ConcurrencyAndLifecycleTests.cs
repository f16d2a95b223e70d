using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Safety;

namespace GridBot.Runtime.Tests;

public class ConcurrencyAndLifecycleTests
{
    [Fact]
    public async Task TwoDispatchers_RacingOnOneBot_LoseNoUpdate()
    {
        var config = RuntimeHarness.Config41();
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, 1_700_000_000_000);
        h.Paper.MoveTo(22_000m, 1_700_000_000_000);
        await using var first = h.NewRuntime();
        await using var second = h.NewRuntime();
        (await first.SendAndWaitAsync(config.BotId, new CreateBot(config))).Accepted.Should().BeTrue();

        // Two processes apply 60 fills each to the same bot through the same store: optimistic concurrency must
        // turn every lost race into a reload-and-reapply.
        static ExchangeFill Stray(string id) =>
            new(RuntimeHarness.Btc, id, "elsewhere", "x", OrderSide.Buy, 100m, 0.01m, new CashAmount(0m, "USDT"), false, 1_700_000_000_000);
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 60; i++) { await first.SendAndWaitAsync(config.BotId, new FillObserved(Stray($"a{i}"))); } }),
            Task.Run(async () => { for (var i = 0; i < 60; i++) { await second.SendAndWaitAsync(config.BotId, new FillObserved(Stray($"b{i}"))); } }));

        await using var reader = h.NewRuntime();
        var state = (await reader.GetStateAsync(config.BotId))!;
        state.Counters.Fills.Should().Be(120);
        state.Position.Quantity.Should().Be(1.2m);
    }

    [Fact]
    public async Task PauseResume_ThroughRuntime_CancelsOnVenueAndReplaces()
    {
        var config = RuntimeHarness.Config41(lower: 21_000m, upper: 23_000m);
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, 1_700_000_000_000);
        h.Paper.MoveTo(22_000m, 1_700_000_000_000);
        await using var runtime = h.NewRuntime();
        await runtime.SendAndWaitAsync(config.BotId, new CreateBot(config));
        await runtime.SendAndWaitAsync(config.BotId, new StartBot());
        (await h.Paper.GetOpenOrdersAsync(config.Rules.Symbol, default)).Value.Should().HaveCount(40);

        await runtime.SendAndWaitAsync(config.BotId, new PauseBot("operator"));
        (await h.Paper.GetOpenOrdersAsync(config.Rules.Symbol, default)).Value.Should().BeEmpty();
        (await runtime.GetStateAsync(config.BotId))!.Intents.Should().BeEmpty();

        (await runtime.SendAndWaitAsync(config.BotId, new ResumeBot())).Accepted.Should().BeTrue();
        (await h.Paper.GetOpenOrdersAsync(config.Rules.Symbol, default)).Value.Should().HaveCount(40);
        (await runtime.SendAndWaitAsync(config.BotId, new StartBot())).Rejection.Should().Be(
            new BotRejection(BotRejectionReason.IllegalTransition, "cannot start a bot that is Running"));
    }

    [Fact]
    public async Task Crash_DrawdownLimit_FlattensOnVenueAndWaitsForManualResume()
    {
        var limits = new RiskLimits(1_000_000m, 1_000_000m, 0.03m, 1_000_000m, 100, 100, 0.99m);
        var config = RuntimeHarness.Config41(limits: limits, lower: 21_000m, upper: 23_000m);
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, 1_700_000_000_000);
        await using var runtime = h.NewRuntime();
        var replay = h.Replay(runtime);
        var falling = Enumerable.Range(0, 200).Select(i =>
        {
            var open = 22_000m - (i * 15m);
            return new Bar(1_700_000_000_000 + (i * 60_000L), open, open + 5m, open - 20m, open - 15m, 1m);
        }).ToArray();

        var result = await replay.RunAsync(config, falling, null, h.Storage.Fills, default);

        result.FinalState.Status.Should().Be(BotStatus.RequiresManualResume);
        result.FinalState.StatusReason.Should().Contain("flattened");
        result.SafetyActions.Should().BeGreaterThan(0);
        h.Notifier.Messages.Should().Contain(m => m.Contains("Flatten", StringComparison.Ordinal));
        result.FinalState.Position.IsFlat.Should().BeTrue();
        (await h.Paper.GetOpenOrdersAsync(config.Rules.Symbol, default)).Value.Should().BeEmpty();
        (await runtime.SendAndWaitAsync(config.BotId, new ResumeBot())).Rejection.Should().NotBeNull();
    }

    [Fact]
    public async Task UnknownStatusFault_ReconciledNotDuplicated()
    {
        var config = RuntimeHarness.Config41(lower: 21_000m, upper: 23_000m);
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, 1_700_000_000_000);
        h.Paper.MoveTo(22_000m, 1_700_000_000_000);
        var faults = 0;
        h.Paper.PlacementFault = r => r.Type == GridBot.Core.Ports.OrderType.Limit && faults++ % 3 == 0
            ? (faults % 2 == 0 ? GridBot.Exchanges.Paper.PaperFault.UnknownStatusButPlaced : GridBot.Exchanges.Paper.PaperFault.UnknownStatusNotPlaced)
            : GridBot.Exchanges.Paper.PaperFault.None;
        await using var runtime = h.NewRuntime();
        await runtime.SendAndWaitAsync(config.BotId, new CreateBot(config));
        await runtime.SendAndWaitAsync(config.BotId, new StartBot());
        h.Paper.PlacementFault = null;

        await runtime.SendAndWaitAsync(config.BotId, new Tick());

        var state = (await runtime.GetStateAsync(config.BotId))!;
        state.Intents.Should().HaveCount(40).And.OnlyContain(i => i.Status == IntentStatus.Open);
        (await h.Paper.GetOpenOrdersAsync(config.Rules.Symbol, default)).Value.Should().HaveCount(40);
        h.Exchange.Placements.Should().NotContain(p => p.Error == GridBot.Core.Errors.ErrorKind.DuplicateClientOrderId);
        state.Counters.Resends.Should().BeGreaterThan(0);
    }
}
