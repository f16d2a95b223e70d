using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>Commands the bot's status does not allow: IllegalTransition, and the saved state is left exactly as it was.</summary>
public sealed class BotControlServiceIllegalTransitionTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task StartAsync_RunningBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");

        await AssertIllegalAsync(rig, "p1", () => rig.Control.StartAsync("p1", Ct), "Running");
    }

    [Fact]
    public async Task ResumeAsync_RunningBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");

        await AssertIllegalAsync(rig, "p1", () => rig.Control.ResumeAsync("p1", Ct), "Running");
    }

    [Fact]
    public async Task ResumeAsync_CreatedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));

        await AssertIllegalAsync(rig, "p1", () => rig.Control.ResumeAsync("p1", Ct), "Created");
    }

    [Fact]
    public async Task PauseAsync_PausedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");
        (await rig.Control.PauseAsync("p1", null, Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        await AssertIllegalAsync(rig, "p1", () => rig.Control.PauseAsync("p1", "again", Ct), "Paused");
    }

    [Fact]
    public async Task PauseAsync_CreatedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));

        await AssertIllegalAsync(rig, "p1", () => rig.Control.PauseAsync("p1", null, Ct), "Created");
    }

    [Fact]
    public async Task FlattenAsync_CreatedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));

        await AssertIllegalAsync(rig, "p1", () => rig.Control.FlattenAsync("p1", null, Ct), "Created");
    }

    [Fact]
    public async Task FlattenAsync_StoppedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");
        (await rig.Control.StopAsync("p1", Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        await AssertIllegalAsync(rig, "p1", () => rig.Control.FlattenAsync("p1", null, Ct), "Stopped");
    }

    [Fact]
    public async Task ClearManualResumeAsync_RunningBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");

        await AssertIllegalAsync(rig, "p1", () => rig.Control.ClearManualResumeAsync("p1", Ct), "Running");
    }

    [Fact]
    public async Task StopAsync_StoppedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));
        (await rig.Control.StopAsync("p1", Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        await AssertIllegalAsync(rig, "p1", () => rig.Control.StopAsync("p1", Ct), "Stopped");
    }

    [Fact]
    public async Task StartAsync_StoppedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));
        (await rig.Control.StopAsync("p1", Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        await AssertIllegalAsync(rig, "p1", () => rig.Control.StartAsync("p1", Ct), "Stopped");
    }

    [Fact]
    public async Task UpdateLimitsAsync_StoppedBot_IllegalTransition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));
        (await rig.Control.StopAsync("p1", Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        await AssertIllegalAsync(rig, "p1", () => rig.Control.UpdateLimitsAsync("p1", new RiskLimitsRequest { MaxApiErrors = 3 }, Ct), "Stopped");
    }

    [Fact]
    public async Task CreateAsync_ExistingId_IllegalTransitionAndTheFirstBotKept()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));
        var other = ControlRequests.Paper("p1") with { Lower = 50_000m, Capital = 5_000m };

        await AssertIllegalAsync(rig, "p1", () => rig.Control.CreateAsync(other, Ct), "Created");
        (await rig.Control.ListAsync(Ct)).Value.Should().ContainSingle();
        (await rig.Control.StatusAsync("p1", Ct)).Value!.Lower.Should().Be(55_000m);
    }

    private static async Task AssertIllegalAsync(ControlRig rig, string botId, Func<Task<ControlResult<BotView>>> command, string status)
    {
        var before = await rig.SavedAsync(botId);
        before.Should().NotBeNull();

        var result = await command();

        result.Outcome.Should().Be(ControlOutcome.IllegalTransition, result.Detail);
        result.Value.Should().BeNull();
        result.Detail.Should().NotBeNullOrWhiteSpace();
        (await rig.SavedAsync(botId)).Should().Be(before, "a refused command saves nothing");
        (await rig.Control.StatusAsync(botId, Ct)).Value!.Status.Should().Be(status);
    }
}
