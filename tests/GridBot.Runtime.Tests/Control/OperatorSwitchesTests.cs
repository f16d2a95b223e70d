using GridBot.Core.Configuration;
using GridBot.Runtime.Control;
using GridBot.Storage.Sqlite;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// The operator's switches (<see cref="OperatorService"/>): defaults from the configuration, changes checked, kept in the
/// store across restarts, and in force for the control service: the rollout stage caps live orders, the exchange
/// profile says which markets bots may be created and started on, and the disaster flatten flattens every active bot.
/// The fake account's equity is 70 000 USDT (caps: stage 1 → 1 400, stage 4 → 7 000).
/// </summary>
public sealed class OperatorSwitchesTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task GetAsync_NothingSaved_TheConfiguredDefaults()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 2, configure: o => o.Exploration.Target = 0.3m);

        var settings = await rig.Operators.GetAsync(Ct);

        settings.Value.Should().Be(new OperatorSettingsView(2, "spot+perp", 0.3m, OnlineLearning: false, UpdatedMs: 0));
    }

    [Fact]
    public async Task UpdateAsync_SomeFields_OthersKeptAndAFreshServiceOverTheSameFileSeesThem()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);

        var first = await rig.Operators.UpdateAsync(new OperatorSettingsRequest { RolloutStage = 3, OnlineLearning = true }, Ct);
        var second = await rig.Operators.UpdateAsync(new OperatorSettingsRequest { ExchangeProfile = "SPOT", ExplorationRate = 0.1m }, Ct);

        first.Outcome.Should().Be(ControlOutcome.Ok, first.Detail);
        second.Value.Should().BeEquivalentTo(new { RolloutStage = 3, ExchangeProfile = "spot", ExplorationRate = 0.1m, OnlineLearning = true });
        second.Value!.UpdatedMs.Should().BeGreaterThan(first.Value!.UpdatedMs);

        using var reopened = await SqliteStorage.OpenAsync(new SqliteOptions { Path = rig.DatabasePath }, TimeProvider.System, Ct);
        var restarted = new OperatorService(reopened.Settings, new GridBotOptions(), TimeProvider.System);
        (await restarted.GetAsync(Ct)).Value.Should().Be(second.Value);
    }

    [Fact]
    public async Task UpdateAsync_BadValues_EveryProblemNamedAndNothingSaved()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);

        var refused = await rig.Operators.UpdateAsync(
            new OperatorSettingsRequest { RolloutStage = 6, ExchangeProfile = "futures", ExplorationRate = 1.5m, OnlineLearning = true }, Ct);

        refused.Outcome.Should().Be(ControlOutcome.InvalidInput);
        refused.Detail.Should().Contain("rolloutStage 6").And.Contain("exchangeProfile 'futures'").And.Contain("explorationRate 1.5");
        (await rig.Operators.GetAsync(Ct)).Value!.UpdatedMs.Should().Be(0, "nothing was saved");
        (await rig.Storage.Settings.LoadAsync(OperatorService.Key, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task UpdateAsync_TwoOperatorsChangingDifferentSwitchesAtOnce_BothLand()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);

        for (var round = 0; round < 10; round++)
        {
            var stage = 1 + (round % 5);
            var learning = round % 2 == 0;
            var results = await Task.WhenAll(
                Task.Run(() => rig.Operators.UpdateAsync(new OperatorSettingsRequest { RolloutStage = stage }, Ct)),
                Task.Run(() => rig.Operators.UpdateAsync(new OperatorSettingsRequest { OnlineLearning = learning }, Ct)));

            results.Should().OnlyContain(r => r.IsOk);
            var now = (await rig.Operators.GetAsync(Ct)).Value!;
            (now.RolloutStage, now.OnlineLearning).Should().Be((stage, learning), $"round {round}: neither write may be lost");
        }
    }

    [Fact]
    public async Task StoredDocumentCorrupt_ReadsAndEnforcementAreUnavailableAndAnUpdateReplacesIt()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.Storage.Settings.SaveAsync(OperatorService.Key, """{"rolloutStage":9,"exchangeProfile":"spot"}""", null, Ct);

        var read = await rig.Operators.GetAsync(Ct);
        var create = await rig.Control.CreateAsync(ControlRequests.Paper("p1"), Ct);
        var replaced = await rig.Operators.UpdateAsync(new OperatorSettingsRequest { RolloutStage = 2 }, Ct);

        read.Outcome.Should().Be(ControlOutcome.Unavailable);
        read.Detail.Should().Contain("stored operator settings are invalid").And.Contain("rolloutStage 9");
        create.Outcome.Should().Be(ControlOutcome.Unavailable, "bots are not created under settings nobody can read");
        replaced.Value.Should().BeEquivalentTo(new { RolloutStage = 2, ExchangeProfile = "spot+perp" });
        (await rig.Control.CreateAsync(ControlRequests.Paper("p1"), Ct)).Outcome.Should().Be(ControlOutcome.Ok);
    }

    [Fact]
    public async Task RolloutStage_TheOperatorsStageCapsLiveOrdersInsteadOfTheConfiguredOne()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        var request = ControlRequests.Live("l1", quotePerLevel: 3_000m);

        var atStage1 = await rig.Control.CreateAsync(request, Ct);
        await rig.Operators.UpdateAsync(new OperatorSettingsRequest { RolloutStage = 4 }, Ct);
        var atStage4 = await rig.Control.CreateAsync(request, Ct);
        await rig.Operators.UpdateAsync(new OperatorSettingsRequest { RolloutStage = 1 }, Ct);
        var limitsAtStage1 = await rig.Control.UpdateLimitsAsync("l1", new RiskLimitsRequest { MaxOrderValue = 3_000m }, Ct);

        atStage1.Outcome.Should().Be(ControlOutcome.InvalidInput);
        atStage1.Detail.Should().Contain("rollout stage 1");
        atStage4.Outcome.Should().Be(ControlOutcome.Ok, atStage4.Detail);
        limitsAtStage1.Outcome.Should().Be(ControlOutcome.InvalidInput, "back at stage 1 a 3 000 order cap is above 1 400");
        limitsAtStage1.Detail.Should().Contain("rollout stage 1");
    }

    [Fact]
    public async Task ExchangeProfile_CreateAndStartOnlyOnItsMarkets()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("spot1"));

        await rig.Operators.UpdateAsync(new OperatorSettingsRequest { ExchangeProfile = "perp" }, Ct);
        var create = await rig.Control.CreateAsync(ControlRequests.Paper("spot2"), Ct);
        var start = await rig.Control.StartAsync("spot1", Ct);
        await rig.Operators.UpdateAsync(new OperatorSettingsRequest { ExchangeProfile = "spot+perp" }, Ct);
        var startAgain = await rig.Control.StartAsync("spot1", Ct);

        create.Outcome.Should().Be(ControlOutcome.InvalidInput);
        create.Detail.Should().Contain("exchange profile is perp").And.Contain("spot bots are off");
        (await rig.Control.StateAsync("spot2", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
        start.Outcome.Should().Be(ControlOutcome.IllegalTransition);
        start.Detail.Should().Contain("exchange profile is perp");
        startAgain.Outcome.Should().Be(ControlOutcome.Ok, startAgain.Detail);
        startAgain.Value!.Status.Should().Be("Running");
    }

    [Fact]
    public async Task FlattenAllAsync_RunningAndPausedBotsFlattenOthersAreSkipped()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("run1");
        await rig.StartedPaperBotAsync("paused1");
        (await rig.Control.PauseAsync("paused1", null, Ct)).Outcome.Should().Be(ControlOutcome.Ok);
        await rig.CreateAsync(ControlRequests.Paper("created1"));

        var result = await rig.Control.FlattenAllAsync("exchange hack", Ct);

        result.Outcome.Should().Be(ControlOutcome.Ok, result.Detail);
        result.Value!.Flattened.Should().Equal("paused1", "run1");
        result.Value.Skipped.Should().Equal("created1");
        result.Value.Failed.Should().BeEmpty();
        foreach (var id in new[] { "run1", "paused1" })
        {
            var settled = await rig.WaitForStatusAsync(id, "RequiresManualResume");
            settled.Position.Should().Be(0m);
        }

        (await rig.Control.StatusAsync("created1", Ct)).Value!.Status.Should().Be("Created");
        var again = await rig.Control.FlattenAllAsync(null, Ct);
        again.Value!.Flattened.Should().BeEmpty("a flattened bot waits for a manual resume");
    }
}
