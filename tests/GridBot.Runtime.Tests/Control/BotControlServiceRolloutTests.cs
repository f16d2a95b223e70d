using System.Globalization;
using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// The rollout stage caps one live order at a fraction of the account's equity: stage 1 2%, stages 2–3 5%, stages 4–5
/// 10%. The fake account holds 10 000 USDT + 1 BTC at 60 000, so equity E = 70 000 and the caps are 1 400, 3 500 and
/// 7 000. Paper bots are not capped.
/// </summary>
public sealed class BotControlServiceRolloutTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task CreateAsync_LiveOrderAboveStage1Cap_RefusedAtStage1AcceptedAtStage4()
    {
        var equity = fake.SpotEquity;
        equity.Should().Be(70_000m, "10 000 USDT + 1 BTC × 60 000");
        var request = ControlRequests.Live("l1", quotePerLevel: 3_000m);
        request.QuotePerLevel.Should().BeGreaterThan(0.02m * equity).And.BeLessThan(0.10m * equity);

        await using (var stage1 = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1))
        {
            var refused = await stage1.Control.CreateAsync(request, Ct);

            refused.Outcome.Should().Be(ControlOutcome.InvalidInput, refused.Detail);
            refused.Detail.Should().Contain("rollout stage 1").And.Contain(Money(0.02m * equity)).And.Contain(Money(equity));
            (await stage1.Control.ListAsync(Ct)).Value.Should().BeEmpty();
            (await stage1.Control.StateAsync("l1", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
        }

        await using var stage4 = await ControlRig.StartAsync(fake.Venue, rolloutStage: 4);
        var accepted = await stage4.Control.CreateAsync(request, Ct);

        accepted.Outcome.Should().Be(ControlOutcome.Ok, accepted.Detail);
        accepted.Value!.Paper.Should().BeFalse();
        accepted.Value.Status.Should().Be("Created");
        fake.Venue.Spot.Orders.Should().BeEmpty("creating a live bot places nothing");
    }

    [Theory]
    [InlineData(1, "0.02", 1_000, true)]
    [InlineData(1, "0.02", 2_000, false)]
    [InlineData(2, "0.05", 2_000, true)]
    [InlineData(2, "0.05", 4_000, false)]
    [InlineData(3, "0.05", 4_000, false)]
    [InlineData(4, "0.10", 4_000, true)]
    [InlineData(5, "0.10", 4_000, true)]
    public async Task CreateAsync_LiveGridPerStage_AcceptedOnlyWhenLargestOrderWithinStageFractionOfEquity(
        int stage, string fractionText, int quotePerLevel, bool accepted)
    {
        var fraction = decimal.Parse(fractionText, CultureInfo.InvariantCulture);
        (quotePerLevel <= fraction * fake.SpotEquity).Should().Be(accepted, "the case is consistent with the cap it tests");
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: stage);

        var created = await rig.Control.CreateAsync(ControlRequests.Live("l1", quotePerLevel), Ct);

        created.Outcome.Should().Be(accepted ? ControlOutcome.Ok : ControlOutcome.InvalidInput, created.Detail);
        if (!accepted)
        {
            created.Detail.Should().Contain($"rollout stage {stage}").And.Contain(Money(fraction * fake.SpotEquity));
        }
    }

    [Fact]
    public async Task CreateAsync_PaperGridFarAboveTheCaps_AcceptedAndNotCountedAgainstLiveBots()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        var huge = ControlRequests.Paper("p1") with { QuotePerLevel = 5_000m, Capital = 100_000m };
        (huge.QuotePerLevel * huge.Levels).Should().BeGreaterThan(0.30m * fake.SpotEquity, "this paper grid alone is above every live cap");

        var paper = await rig.Control.CreateAsync(huge, Ct);
        var live = await rig.Control.CreateAsync(ControlRequests.Live("l1", quotePerLevel: 1_000m), Ct);

        paper.Outcome.Should().Be(ControlOutcome.Ok, paper.Detail);
        paper.Value!.Limits.MaxOrderValue.Should().Be(100_000m, "a paper bot's defaults are not pulled under the caps");
        live.Outcome.Should().Be(ControlOutcome.Ok, "a paper bot's grid is not live exposure: " + live.Detail);
    }

    [Fact]
    public async Task UpdateLimitsAsync_PaperBotAboveTheCaps_Accepted()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        await rig.CreateAsync(ControlRequests.Paper("p1"));

        var updated = await rig.Control.UpdateLimitsAsync("p1", new RiskLimitsRequest { MaxOrderValue = fake.SpotEquity, MaxPositionValue = fake.SpotEquity }, Ct);

        updated.Outcome.Should().Be(ControlOutcome.Ok, updated.Detail);
        updated.Value!.Limits.MaxOrderValue.Should().Be(fake.SpotEquity);
    }

    [Fact]
    public async Task CreateAsync_LiveWithoutApiKeys_InvalidInputNamingExchangeApiKey()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 5, withKeys: false);

        var created = await rig.Control.CreateAsync(ControlRequests.Live("l1", quotePerLevel: 1_000m), Ct);

        created.Outcome.Should().Be(ControlOutcome.InvalidInput, created.Detail);
        created.Detail.Should().Contain("Exchange:ApiKey");
        (await rig.Control.ListAsync(Ct)).Value.Should().BeEmpty();
        (await rig.Control.StateAsync("l1", Ct)).Outcome.Should().Be(ControlOutcome.NotFound);
    }

    [Fact]
    public async Task CreateAsync_PaperWithoutApiKeys_Created()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, withKeys: false);

        var created = await rig.Control.CreateAsync(ControlRequests.Paper("p1"), Ct);

        created.Outcome.Should().Be(ControlOutcome.Ok, "paper bots need only public market data: " + created.Detail);
    }

    internal static string Money(decimal value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
