using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>The happy path of every lifecycle command on a paper bot quoted at the fake venue's prices.</summary>
public sealed class BotControlServiceLifecycleTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_ValidPaperRequest_CreatedViewMatchesRequest()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        var request = ControlRequests.Paper("p1") with { Spacing = "geometric" };

        var created = await rig.Control.CreateAsync(request, Ct);

        created.Outcome.Should().Be(ControlOutcome.Ok, created.Detail);
        created.Detail.Should().BeNull();
        var view = created.Value!;
        view.BotId.Should().Be("p1");
        view.Status.Should().Be("Created");
        view.Venue.Should().Be("Binance");
        view.Market.Should().Be("Spot");
        view.Symbol.Should().Be("BTCUSDT");
        view.Paper.Should().BeTrue();
        view.Lower.Should().Be(request.Lower);
        view.Upper.Should().Be(request.Upper);
        view.Levels.Should().Be(request.Levels);
        view.Spacing.Should().Be("Geometric");
        view.Capital.Should().Be(request.Capital);
        view.OpenOrders.Should().Be(0);
        view.Position.Should().Be(0m);
        view.Limits.MaxOrderValue.Should().Be(request.Capital, "a paper bot keeps the defaults scaled to its capital");
        view.Limits.MaxPositionValue.Should().Be(2m * request.Capital!.Value);
        view.Limits.MaxDrawdownPct.Should().Be(RiskDefaults.DrawdownPct);
        fake.Venue.Spot.Orders.Should().BeEmpty("creating a paper bot sends nothing to the venue");
    }

    [Fact]
    public async Task ListAsync_AfterTwoCreates_ContainsBothBots()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        (await rig.Control.ListAsync(Ct)).Value.Should().BeEmpty();
        await rig.CreateAsync(ControlRequests.Paper("p1"));
        await rig.CreateAsync(ControlRequests.Paper("p2"));

        var list = await rig.Control.ListAsync(Ct);

        list.Outcome.Should().Be(ControlOutcome.Ok);
        list.Value.Should().HaveCount(2);
        list.Value!.Select(b => b.BotId).Should().BeEquivalentTo("p1", "p2");
        list.Value.Should().OnlyContain(b => b.Venue == "Binance" && b.Market == "Spot" && b.Symbol == "BTCUSDT" && b.Status == "Created");
    }

    [Fact]
    public async Task StatusAsync_CreatedBot_ReturnsTheSavedBot()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        var created = await rig.CreateAsync(ControlRequests.Paper("p1"));

        var status = await rig.Control.StatusAsync("p1", Ct);

        status.Outcome.Should().Be(ControlOutcome.Ok);
        status.Value.Should().BeEquivalentTo(created);
    }

    [Fact]
    public async Task StartAsync_CreatedPaperBot_RunningWithOpenOrders()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));

        var started = await rig.Control.StartAsync("p1", Ct);

        started.Outcome.Should().Be(ControlOutcome.Ok, started.Detail);
        started.Value!.Status.Should().Be("Running");
        started.Value.OpenOrders.Should().BeGreaterThan(0);
        var saved = (await rig.Control.StatusAsync("p1", Ct)).Value!;
        saved.Status.Should().Be("Running");
        saved.OpenOrders.Should().BeGreaterThan(0);
        saved.Position.Should().BeGreaterThan(0m, "the grid's sells above 60 000 needed a start buy, which the paper exchange filled");
        (await rig.Control.ListAsync(Ct)).Value!.Single().Status.Should().Be("Running", "the registry follows the status");
        fake.Venue.Spot.Orders.Should().BeEmpty("a paper bot's orders go to its paper exchange");
    }

    [Fact]
    public async Task PauseAsync_RunningBot_PausedWithTheGivenReason()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");

        var paused = await rig.Control.PauseAsync("p1", "  lunch  ", Ct);

        paused.Outcome.Should().Be(ControlOutcome.Ok, paused.Detail);
        paused.Value!.Status.Should().Be("Paused");
        paused.Value.StatusReason.Should().Be("lunch");
        var saved = (await rig.Control.StatusAsync("p1", Ct)).Value!;
        saved.Status.Should().Be("Paused");
        saved.OpenOrders.Should().Be(0, "a paused bot cancels its grid orders");
    }

    [Fact]
    public async Task PauseAsync_NoReason_OperatorReasonRecorded()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");

        var paused = await rig.Control.PauseAsync("p1", " ", Ct);

        paused.Value!.StatusReason.Should().Be("paused by an operator");
    }

    [Fact]
    public async Task ResumeAsync_PausedBot_Running()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");
        (await rig.Control.PauseAsync("p1", null, Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        var resumed = await rig.Control.ResumeAsync("p1", Ct);

        resumed.Outcome.Should().Be(ControlOutcome.Ok, resumed.Detail);
        resumed.Value!.Status.Should().Be("Running");
        resumed.Value.OpenOrders.Should().BeGreaterThan(0);
        (await rig.Control.StatusAsync("p1", Ct)).Value!.Status.Should().Be("Running");
    }

    [Fact]
    public async Task StopAsync_PausedBot_Stopped()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");
        (await rig.Control.PauseAsync("p1", null, Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        var stopped = await rig.Control.StopAsync("p1", Ct);

        stopped.Outcome.Should().Be(ControlOutcome.Ok, stopped.Detail);
        stopped.Value!.Status.Should().Be("Stopped");
        (await rig.Control.StatusAsync("p1", Ct)).Value!.Status.Should().Be("Stopped");
        (await rig.Control.ListAsync(Ct)).Value!.Single().Status.Should().Be("Stopped");
    }

    [Fact]
    public async Task StopAsync_CreatedBot_Stopped()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));

        var stopped = await rig.Control.StopAsync("p1", Ct);

        stopped.Outcome.Should().Be(ControlOutcome.Ok, stopped.Detail);
        stopped.Value!.Status.Should().Be("Stopped");
    }
}
