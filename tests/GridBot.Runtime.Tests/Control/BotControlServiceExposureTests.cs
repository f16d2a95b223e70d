using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// Live exposure: one pair may hold up to 15% of the account's equity (grid notional at full inventory), and a live
/// bot's order and position limits must stay under the stage and per-pair caps. Equity E = 70 000 (10 000 USDT +
/// 1 BTC at 60 000): per-pair cap 10 500, stage 1 order cap 1 400, stage 5 order cap 7 000.
/// </summary>
public sealed class BotControlServiceExposureTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private decimal PairCap => 0.15m * fake.SpotEquity;

    private decimal Stage1OrderCap => 0.02m * fake.SpotEquity;

    [Fact]
    public async Task CreateAsync_LiveGridNotionalAbovePerPairCap_Refused()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 5);
        // Five levels of 3 000: a notional of about 15 000 (12 000 even without the top level, which never buys).
        var request = ControlRequests.Live("l1", quotePerLevel: 3_000m, levels: 5);
        (4 * 3_000m).Should().BeGreaterThan(PairCap);
        (3 * 3_000m).Should().BeLessThan(PairCap);

        var refused = await rig.Control.CreateAsync(request, Ct);
        var fits = await rig.Control.CreateAsync(request with { Levels = 3 }, Ct);

        refused.Outcome.Should().Be(ControlOutcome.InvalidInput, refused.Detail);
        refused.Detail.Should().Contain("per-pair cap").And.Contain(BotControlServiceRolloutTests.Money(PairCap));
        fits.Outcome.Should().Be(ControlOutcome.Ok, "about 9 000 is under the per-pair cap: " + fits.Detail);
        (await rig.Control.ListAsync(Ct)).Value!.Select(b => b.BotId).Should().Equal("l1");
    }

    [Fact]
    public async Task CreateAsync_SecondLiveBotOnTheSamePair_RefusedUntilTheFirstStops()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 5);
        // Three levels of 3 000 (about 9 000): one fits, two (18 000; 12 000 even without their top levels) do not.
        var grid = ControlRequests.Live("a", quotePerLevel: 3_000m, levels: 3);
        (3 * 3_000m).Should().BeLessThan(PairCap);
        (4 * 3_000m).Should().BeGreaterThan(PairCap);
        await rig.CreateAsync(grid);

        var second = await rig.Control.CreateAsync(grid with { BotId = "b" }, Ct);
        second.Outcome.Should().Be(ControlOutcome.InvalidInput, second.Detail);
        second.Detail.Should().Contain("pair's exposure").And.Contain("per-pair cap");
        (await rig.Control.StateAsync("b", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);

        (await rig.Control.StopAsync("a", Ct)).Outcome.Should().Be(ControlOutcome.Ok);
        var afterStop = await rig.Control.CreateAsync(grid with { BotId = "b" }, Ct);
        afterStop.Outcome.Should().Be(ControlOutcome.Ok, "a stopped bot holds no exposure: " + afterStop.Detail);
    }

    [Fact]
    public async Task CreateAsync_LiveBotWithDefaultLimits_LimitsPulledUnderTheCaps()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);

        var big = await rig.Control.CreateAsync(ControlRequests.Live("big", quotePerLevel: 1_000m, capital: 20_000m), Ct);
        var small = await rig.Control.CreateAsync(ControlRequests.Live("small", quotePerLevel: 100m, capital: 1_000m), Ct);

        big.Outcome.Should().Be(ControlOutcome.Ok, big.Detail);
        big.Value!.Limits.MaxOrderValue.Should().Be(Stage1OrderCap, "the default (the capital, 20 000) is above the stage-1 cap");
        big.Value.Limits.MaxPositionValue.Should().Be(PairCap, "the default (2 × capital, 40 000) is above the per-pair cap");
        (await rig.Control.StatusAsync("big", Ct)).Value!.Limits.Should().Be(big.Value.Limits);
        small.Outcome.Should().Be(ControlOutcome.Ok, small.Detail);
        small.Value!.Limits.MaxOrderValue.Should().Be(1_000m, "a default under the caps is kept");
        small.Value.Limits.MaxPositionValue.Should().Be(2_000m);
    }

    [Fact]
    public async Task CreateAsync_ExplicitMaxOrderValueAboveStageCap_Refused()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        var request = ControlRequests.Live("l1", quotePerLevel: 500m);

        var above = await rig.Control.CreateAsync(request with { Limits = new RiskLimitsRequest { MaxOrderValue = Stage1OrderCap + 1m } }, Ct);
        var at = await rig.Control.CreateAsync(request with { Limits = new RiskLimitsRequest { MaxOrderValue = Stage1OrderCap } }, Ct);

        above.Outcome.Should().Be(ControlOutcome.InvalidInput, above.Detail);
        above.Detail.Should().Contain("maxOrderValue").And.Contain("rollout stage 1");
        at.Outcome.Should().Be(ControlOutcome.Ok, "the cap itself is allowed: " + at.Detail);
        at.Value!.Limits.MaxOrderValue.Should().Be(Stage1OrderCap);
    }

    [Fact]
    public async Task CreateAsync_ExplicitMaxPositionValueAbovePerPairCap_Refused()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);

        var above = await rig.Control.CreateAsync(
            ControlRequests.Live("l1", quotePerLevel: 500m) with { Limits = new RiskLimitsRequest { MaxPositionValue = PairCap + 1m } }, Ct);

        above.Outcome.Should().Be(ControlOutcome.InvalidInput, above.Detail);
        above.Detail.Should().Contain("maxPositionValue").And.Contain("per-pair cap");
        (await rig.Control.StateAsync("l1", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
    }

    [Fact]
    public async Task UpdateLimitsAsync_LiveMaxOrderValueAboveStageCap_RefusedAndUnchanged()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        await rig.CreateAsync(ControlRequests.Live("l1", quotePerLevel: 500m));
        var before = await rig.SavedAsync("l1");

        var above = await rig.Control.UpdateLimitsAsync("l1", new RiskLimitsRequest { MaxOrderValue = Stage1OrderCap + 1m }, Ct);

        above.Outcome.Should().Be(ControlOutcome.InvalidInput, above.Detail);
        above.Detail.Should().Contain("maxOrderValue").And.Contain("rollout stage 1");
        (await rig.SavedAsync("l1")).Should().Be(before);
        var at = await rig.Control.UpdateLimitsAsync("l1", new RiskLimitsRequest { MaxOrderValue = Stage1OrderCap - 100m }, Ct);
        at.Outcome.Should().Be(ControlOutcome.Ok, at.Detail);
        at.Value!.Limits.MaxOrderValue.Should().Be(Stage1OrderCap - 100m);
    }

    [Fact]
    public async Task UpdateLimitsAsync_LiveMaxPositionValueAbovePerPairCap_RefusedAndUnchanged()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        await rig.CreateAsync(ControlRequests.Live("l1", quotePerLevel: 500m));
        var before = await rig.SavedAsync("l1");

        var above = await rig.Control.UpdateLimitsAsync("l1", new RiskLimitsRequest { MaxPositionValue = PairCap + 1m }, Ct);

        above.Outcome.Should().Be(ControlOutcome.InvalidInput, above.Detail);
        above.Detail.Should().Contain("maxPositionValue").And.Contain("per-pair cap").And.Contain(BotControlServiceRolloutTests.Money(PairCap));
        (await rig.SavedAsync("l1")).Should().Be(before);
        var at = await rig.Control.UpdateLimitsAsync("l1", new RiskLimitsRequest { MaxPositionValue = PairCap }, Ct);
        at.Outcome.Should().Be(ControlOutcome.Ok, "the cap itself is allowed: " + at.Detail);
        (await rig.Control.StatusAsync("l1", Ct)).Value!.Limits.MaxPositionValue.Should().Be(PairCap);
    }
}
