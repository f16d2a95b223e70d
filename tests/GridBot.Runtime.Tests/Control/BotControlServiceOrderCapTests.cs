using GridBot.Core.Bots.Operations;
using GridBot.Runtime.Control;

namespace GridBot.Runtime.Tests.Control;

/// <summary>
/// The rollout stage caps a grid's largest order, which is a sell (level i's quantity sold one level up), and a bot
/// accepted under the cap does not trip its own order-size limit; a blank id is no bot, never an exception.
/// </summary>
public sealed class BotControlServiceOrderCapTests(FakeBinanceFixture fake) : IClassFixture<FakeBinanceFixture>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    /// <summary>
    /// Stage 1 on E = 70 000 allows orders up to 1 400. A 3-level grid 58 000 / 60 000 / 62 000 of 1 400 per level buys
    /// at most 1 400 per level, but its sell at 62 000 is sized by the buy at 60 000: 0.02333 BTC × 62 000 ≈ 1 446.
    /// </summary>
    [Fact]
    public async Task CreateAsync_LiveGridWhoseTopSellExceedsStageCap_InvalidInput()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        var request = ControlRequests.Live("l1", quotePerLevel: 0.02m * fake.SpotEquity, levels: 3) with { Lower = 58_000m, Upper = 62_000m };
        var topSell = Math.Floor(1_400m / 60_000m * 100_000m) / 100_000m * 62_000m;
        topSell.Should().BeGreaterThan(0.02m * fake.SpotEquity);

        var created = await rig.Control.CreateAsync(request, Ct);

        created.Outcome.Should().Be(ControlOutcome.InvalidInput, "the grid's sell at 62 000 is worth about 1 446, above the stage-1 cap of 1 400");
    }

    /// <summary>
    /// 1 300 per level: the top sell is 0.02166 BTC × 62 000 ≈ 1 343, under the 1 400 cap. The bot's maxOrderValue is
    /// pulled down to 1 400, and the bot trades live without its own order-size check (which sees the sells) pausing it.
    /// </summary>
    [Fact]
    public async Task StartAsync_LiveGridUnderStageCap_NotPausedByItsOwnOrderLimit()
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue, rolloutStage: 1);
        var request = ControlRequests.Live("l1", quotePerLevel: 1_300m, levels: 3, capital: 5_000m) with { Lower = 58_000m, Upper = 62_000m };
        var created = await rig.Control.CreateAsync(request, Ct);
        created.Outcome.Should().Be(ControlOutcome.Ok, created.Detail);
        created.Value!.Limits.MaxOrderValue.Should().Be(0.02m * fake.SpotEquity);

        (await rig.Control.StartAsync("l1", Ct)).Outcome.Should().Be(ControlOutcome.Ok);
        await rig.Runtime.SendAndWaitAsync("l1", new Tick(), Ct); // and let the work the fill handlers queued run first

        var status = (await rig.Control.StatusAsync("l1", Ct)).Value!;
        status.Status.Should().Be("Running", status.StatusReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task StatusAsync_BlankBotId_NotFoundInsteadOfThrowing(string botId)
    {
        await using var rig = await ControlRig.StartAsync(fake.Venue);

        var status = await rig.Control.StatusAsync(botId, Ct);
        var start = await rig.Control.StartAsync(botId, Ct);
        var fills = await rig.Control.FillsAsync(botId, null, null, Ct);

        status.Outcome.Should().Be(ControlOutcome.NotFound);
        start.Outcome.Should().Be(ControlOutcome.NotFound);
        fills.Outcome.Should().Be(ControlOutcome.NotFound);
    }
}
