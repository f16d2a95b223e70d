using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Errors;
using GridBot.Exchanges.Paper;

namespace GridBot.Runtime.Tests;

/// <summary>
/// The duplicate-id branch through the whole runtime: a placement the venue took but whose answer was lost, a lookup
/// that (lagging) says the venue has no such order, so the bot sends it again with the same id, and the venue's
/// duplicate-id refusal read as "already placed": one order at the venue, tracked as open, its fill counted once.
/// </summary>
public class DuplicateIdTests
{
    [Fact]
    public async Task ResendRefusedAsDuplicate_OrderTrackedOpen_FilledOnce()
    {
        var config = RuntimeHarness.Config41(lower: 21_000m, upper: 23_000m);
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, 1_700_000_000_000);
        h.Paper.MoveTo(22_000m, 1_700_000_000_000);
        string? lost = null;
        h.Paper.PlacementFault = request =>
        {
            if (lost is null && request.ClientOrderId.Contains("b19", StringComparison.Ordinal))
            {
                lost = request.ClientOrderId;
                return PaperFault.UnknownStatusButPlaced;
            }

            return PaperFault.None;
        };
        await using var runtime = h.NewRuntime();
        await runtime.SendAndWaitAsync(config.BotId, new CreateBot(config));
        await runtime.SendAndWaitAsync(config.BotId, new StartBot());
        lost.Should().NotBeNull("the buy just below the price was placed with its answer lost");
        (await runtime.GetStateAsync(config.BotId))!.Intent(lost!)!.Status.Should().Be(IntentStatus.Pending);

        h.Exchange.LagOnce = id => id == lost;
        await runtime.SendAndWaitAsync(config.BotId, new Tick());

        var state = (await runtime.GetStateAsync(config.BotId))!;
        h.Exchange.Placements.Where(p => p.ClientOrderId == lost).Select(p => p.Error)
            .Should().Equal([ErrorKind.UnknownStatus, ErrorKind.DuplicateClientOrderId], "sent, answer lost; sent again, refused as a duplicate");
        state.Intent(lost!)!.Status.Should().Be(IntentStatus.Open, "a duplicate-id refusal means the venue has it");
        state.Counters.Resends.Should().Be(1);
        state.Counters.Rejections.Should().Be(0);
        (await h.Paper.GetOpenOrdersAsync(config.Rules.Symbol, default)).Value.Count(o => o.ClientOrderId == lost).Should().Be(1);

        h.Paper.MoveTo(21_940m, 1_700_000_060_000);
        await runtime.PollFillsAsync(config.BotId);

        var filled = (await runtime.GetStateAsync(config.BotId))!;
        var fills = (await h.Paper.GetFillsSinceAsync(config.Rules.Symbol, 0, default)).Value.Where(f => f.ClientOrderId == lost).ToList();
        fills.Should().ContainSingle();
        filled.Intent(lost!).Should().BeNull("filled in full");
        filled.Position.Quantity.Should().Be(state.Position.Quantity + fills[0].Quantity);
        (await h.Storage.Fills.CountAsync(config.BotId, default)).Should().Be(filled.Counters.Fills);
    }
}
