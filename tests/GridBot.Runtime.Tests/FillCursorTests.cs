using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;

namespace GridBot.Runtime.Tests;

/// <summary>
/// The fill cursor must keep up with time, not only with fills: venues answer a read that names only a start time
/// with one window after it, so a bot whose cursor stayed at its last fill would never see a fill made after a quiet
/// spell longer than that window.
/// </summary>
public sealed class FillCursorTests
{
    private const long Start = 1_700_000_000_000;
    private const long Minute = 60_000;

    [Fact]
    public async Task QuietSpellLongerThanTheVenuesReadWindow_LaterFillsAreStillRead()
    {
        var config = RuntimeHarness.Config41();
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, Start);
        h.Exchange.FillWindow = TimeSpan.FromHours(24); // a client that reads one window after the cursor, as the venues answer
        await using var runtime = h.NewRuntime();
        var replay = h.Replay(runtime);
        // Two hours around 22,000, two days above the grid (nothing rests there), then back down through the buys.
        var bars = Bars(22_000m, 120).Concat(Bars(26_000m, 2 * 24 * 60)).Concat(Bars(21_000m, 120))
            .Select((b, i) => b with { OpenTimeMs = Start + (i * Minute) }).ToList();
        h.Paper.MoveTo(bars[0].Open, Start);
        await runtime.SendAndWaitAsync(config.BotId, new CreateBot(config));
        await runtime.SendAndWaitAsync(config.BotId, new StartBot());

        for (var i = 0; i < bars.Count; i++)
        {
            await replay.ReplayBarAsync(config.BotId, bars[i], i == 0, default);
            if (i % 15 == 0)
            {
                await runtime.PollFillsAsync(config.BotId); // the live session's periodic poll
            }
        }

        var venueFills = (await h.Paper.GetFillsSinceAsync(config.Rules.Symbol, long.MinValue, default)).Value;
        venueFills.Should().Contain(f => f.TimeMs >= Start + ((120 + (2 * 24 * 60)) * Minute), "the price came back into the grid after the quiet spell");
        (await runtime.GetStateAsync(config.BotId))!.Counters.Fills.Should().Be(venueFills.Count, "every fill was read, including those after the quiet spell");
        (await h.Storage.Fills.CountAsync(config.BotId, default)).Should().Be(venueFills.Count);
    }

    [Fact]
    public async Task QuietPolls_MoveTheCursorOnlyOnceItLagsAnHour()
    {
        var config = RuntimeHarness.Config41();
        await using var h = await RuntimeHarness.CreateAsync(config, 0m, Start);
        h.Paper.MoveTo(22_000m, Start);
        await using var runtime = h.NewRuntime();
        await runtime.SendAndWaitAsync(config.BotId, new CreateBot(config));
        await runtime.SendAndWaitAsync(config.BotId, new StartBot());
        var created = (await runtime.GetStateAsync(config.BotId))!.FillCursorMs;

        h.Clock.Set(Start + (30 * Minute));
        await runtime.PollFillsAsync(config.BotId);
        var afterHalfAnHour = (await runtime.GetStateAsync(config.BotId))!.FillCursorMs;
        h.Clock.Set(Start + (90 * Minute));
        await runtime.PollFillsAsync(config.BotId);
        var afterNinetyMinutes = (await runtime.GetStateAsync(config.BotId))!.FillCursorMs;

        afterHalfAnHour.Should().Be(created, "a lag under an hour is not worth a save");
        afterNinetyMinutes.Should().Be(Start + (88 * Minute), "read through the poll's time less the two-minute margin");
    }

    private static IEnumerable<Bar> Bars(decimal price, int count) =>
        Enumerable.Range(0, count).Select(_ => new Bar(0, price, price + 5m, price - 5m, price, 1m));
}
