using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>Flatten, clear manual resume, fills and limit updates on a paper bot, on the happy path.</summary>
public sealed class BotControlServiceFlattenFillsLimitsTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task FlattenAsync_RunningBot_FlatteningThenRequiresManualResumeWithNoPosition()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");

        var flattened = await rig.Control.FlattenAsync("p1", "closing up", Ct);

        flattened.Outcome.Should().Be(ControlOutcome.Ok, flattened.Detail);
        flattened.Value!.Status.Should().BeOneOf("Flattening", "RequiresManualResume");
        flattened.Value.StatusReason.Should().Be("closing up");
        var settled = await rig.WaitForStatusAsync("p1", "RequiresManualResume");
        settled.Position.Should().Be(0m, "the flatten sold what the start buy bought");
        settled.OpenOrders.Should().Be(0);
    }

    [Fact]
    public async Task FlattenAsync_PausedBot_Accepted()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");
        (await rig.Control.PauseAsync("p1", null, Ct)).Outcome.Should().Be(ControlOutcome.Ok);

        var flattened = await rig.Control.FlattenAsync("p1", null, Ct);

        flattened.Outcome.Should().Be(ControlOutcome.Ok, flattened.Detail);
        flattened.Value!.StatusReason.Should().Be("flatten requested by an operator");
        await rig.WaitForStatusAsync("p1", "RequiresManualResume");
    }

    [Fact]
    public async Task ClearManualResumeAsync_BotRequiringManualResume_Paused()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");
        (await rig.Control.FlattenAsync("p1", null, Ct)).Outcome.Should().Be(ControlOutcome.Ok);
        await rig.WaitForStatusAsync("p1", "RequiresManualResume");

        var cleared = await rig.Control.ClearManualResumeAsync("p1", Ct);

        cleared.Outcome.Should().Be(ControlOutcome.Ok, cleared.Detail);
        cleared.Value!.Status.Should().Be("Paused");
        (await rig.Control.StatusAsync("p1", Ct)).Value!.Status.Should().Be("Paused");
        var resumed = await rig.Control.ResumeAsync("p1", Ct);
        resumed.Outcome.Should().Be(ControlOutcome.Ok, resumed.Detail);
        resumed.Value!.Status.Should().Be("Running", "a cleared bot resumes with a new grid");
    }

    [Fact]
    public async Task FillsAsync_AfterStartWithStartBuy_HasTheStartBuyFill()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        var started = await rig.StartedPaperBotAsync("p1");

        var fills = await rig.Control.FillsAsync("p1", null, null, Ct);

        fills.Outcome.Should().Be(ControlOutcome.Ok, fills.Detail);
        fills.Value.Should().NotBeEmpty();
        fills.Value![0].Side.Should().Be("Buy");
        fills.Value.Where(f => f.Side == "Buy").Sum(f => f.Quantity).Should().Be(started.Position);
    }

    [Fact]
    public async Task FillsAsync_LimitAndSince_NarrowTheFills()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.StartedPaperBotAsync("p1");
        (await rig.Control.FlattenAsync("p1", null, Ct)).Outcome.Should().Be(ControlOutcome.Ok);
        await rig.WaitForStatusAsync("p1", "RequiresManualResume");
        var all = (await rig.Control.FillsAsync("p1", null, null, Ct)).Value!;
        all.Select(f => f.Side).Should().Contain(["Buy", "Sell"], "the start buy and the flatten sell");

        var lastMs = all[^1].TimeMs;

        var first = await rig.Control.FillsAsync("p1", null, 1, Ct);
        var after = await rig.Control.FillsAsync("p1", lastMs, null, Ct);
        var none = await rig.Control.FillsAsync("p1", lastMs + 1, null, Ct);

        first.Value.Should().Equal(all[0]);
        after.Value.Should().NotBeEmpty().And.OnlyContain(f => f.TimeMs >= lastMs);
        none.Value.Should().BeEmpty();
    }

    [Fact]
    public async Task FillsAsync_LimitBelowOne_InvalidInput()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));

        var fills = await rig.Control.FillsAsync("p1", null, 0, Ct);

        fills.Outcome.Should().Be(ControlOutcome.InvalidInput);
        fills.Detail.Should().Contain("limit");
    }

    [Fact]
    public async Task UpdateLimitsAsync_NewValues_ChangedInViewAndInFreshStatus()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        await rig.CreateAsync(ControlRequests.Paper("p1"));
        var request = new RiskLimitsRequest
        {
            MaxDrawdownPct = 12.5m, MaxDailyLossPct = 10m, MaxPositionValue = 1_500m, MaxOrderValue = 300m,
            MaxConsecutiveLosses = 3, MaxApiErrors = 4, MaxPriceDeviationPct = 2m,
        };
        var expected = new LimitsView(12.5m, 200m /* 10% of 2 000 capital */, 1_500m, 300m, 3, 4, 2m);

        var updated = await rig.Control.UpdateLimitsAsync("p1", request, Ct);

        updated.Outcome.Should().Be(ControlOutcome.Ok, updated.Detail);
        updated.Value!.Limits.Should().Be(expected);
        (await rig.Control.StatusAsync("p1", Ct)).Value!.Limits.Should().Be(expected);
    }

    [Fact]
    public async Task UpdateLimitsAsync_OneField_OthersKeepTheirValues()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);
        var before = (await rig.CreateAsync(ControlRequests.Paper("p1"))).Limits;

        var updated = await rig.Control.UpdateLimitsAsync("p1", new RiskLimitsRequest { MaxConsecutiveLosses = 9 }, Ct);

        updated.Outcome.Should().Be(ControlOutcome.Ok, updated.Detail);
        updated.Value!.Limits.Should().Be(before with { MaxConsecutiveLosses = 9 });
        (await rig.Control.StatusAsync("p1", Ct)).Value!.Limits.Should().Be(before with { MaxConsecutiveLosses = 9 });
    }
}
