using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Runtime;

namespace GridBot.Runtime.Tests;

/// <summary>
/// Crashes injected at every effect boundary and at random points: restarting from the store must end where an
/// uninterrupted run ends, with no client order id sent twice as a new order and every fill counted once.
/// </summary>
public class CrashRecoveryTests
{
    private static readonly Bar[] Bars = RuntimeHarness.Simulated(7, 1_500);
    private static readonly BotConfig Config = RuntimeHarness.Config41(lower: 21_000m, upper: 23_000m);

    [Theory]
    [InlineData(CrashPoint.AfterStateSaved)]
    [InlineData(CrashPoint.AfterSendBeforeAck)]
    [InlineData(CrashPoint.AfterFillSeenBeforeLedger)]
    public async Task Replay_CrashEveryFewTimesAtBoundary_EndsLikeUninterrupted(CrashPoint point)
    {
        var baseline = await RunAsync(_ => false);

        var crashed = await RunAsync(call => call.Point == point && call.Count % 7 == 3);

        crashed.Crashes.Should().BeGreaterThan(3);
        baseline.Fills.Count.Should().BeGreaterThan(40, "the replay must exercise the grid");
        AssertSameEnd(baseline, crashed);
    }

    [Fact]
    public async Task Replay_RandomCrashPoints_EndsLikeUninterrupted()
    {
        var baseline = await RunAsync(_ => false);

        var property = FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(1, 1_000_000)), (int seed) =>
        {
            var random = new Random(seed);
            var crashed = Task.Run(() => RunAsync(_ => random.Next(25) == 0)).GetAwaiter().GetResult();
            AssertSameEnd(baseline, crashed);
        });
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(8), property);
    }

    private static void AssertSameEnd(Outcome baseline, Outcome crashed)
    {
        crashed.Fills.Should().Equal(baseline.Fills, "the venue saw the same trades");
        crashed.State.Position.Should().Be(baseline.State.Position);
        crashed.State.Grid.Should().BeEquivalentTo(baseline.State.Grid);
        crashed.State.Intents.Select(i => (i.ClientOrderId, i.Status)).Should().BeEquivalentTo(baseline.State.Intents.Select(i => (i.ClientOrderId, i.Status)));
        crashed.State.Counters.Fills.Should().Be(baseline.Fills.Count, "every fill counted once in the state");
        crashed.LedgerFills.Should().Be(baseline.Fills.Count, "every fill counted once in the ledger");
        crashed.DuplicatesSent.Should().Be(0, "an order the venue already had is never sent again as new");
        crashed.Placements.Distinct().Count().Should().Be(crashed.Placements.Count(p => p.Accepted));
    }

    private static async Task<Outcome> RunAsync(Func<(CrashPoint Point, int Count), bool> crashWhen)
    {
        await using var h = await RuntimeHarness.CreateAsync(Config, 0m, Bars[0].OpenTimeMs);
        var counts = new Dictionary<CrashPoint, int>();
        var armed = true;
        void Hook(CrashPoint p)
        {
            counts[p] = counts.GetValueOrDefault(p) + 1;
            if (armed && crashWhen((p, counts[p])))
            {
                throw new SimulatedCrashException(p);
            }
        }

        var crashes = 0;
        var runtime = h.NewRuntime(Hook);
        h.Paper.MoveTo(Bars[0].Open, Bars[0].OpenTimeMs);
        async Task Do(Func<BotRuntime, Task> step)
        {
            while (true)
            {
                try
                {
                    await step(runtime);
                    return;
                }
                catch (SimulatedCrashException)
                {
                    // The process died: a new one starts from the store and reconciles with the venue.
                    crashes++;
                    await runtime.DisposeAsync();
                    runtime = h.NewRuntime(Hook);
                    armed = false;
                    await runtime.SendAndWaitAsync(Config.BotId, new Tick());
                    await runtime.PollFillsAsync(Config.BotId);
                    armed = true;
                }
            }
        }

        if (await h.Storage.States.LoadAsync(Config.BotId, default) is null)
        {
            await Do(r => r.SendAndWaitAsync(Config.BotId, new CreateBot(Config)));
        }

        await Do(async r =>
        {
            var state = await r.GetStateAsync(Config.BotId);
            if (state!.Status == BotStatus.Created)
            {
                await r.SendAndWaitAsync(Config.BotId, new StartBot());
            }
        });
        for (var i = 0; i < Bars.Length; i++)
        {
            var (a, b, c, d) = BarPath.Points(Bars[i]);
            h.Clock.Set(Bars[i].OpenTimeMs);
            foreach (var price in i == 0 ? [b, c, d] : new[] { a, b, c, d })
            {
                if (h.Paper.MoveTo(price, Bars[i].OpenTimeMs).Count > 0)
                {
                    await Do(r => r.PollFillsAsync(Config.BotId));
                }
            }

            await Do(r => r.SendAndWaitAsync(Config.BotId, new Tick()));
        }

        armed = false;
        await Do(r => r.SendAndWaitAsync(Config.BotId, new Tick()));
        await Do(r => r.PollFillsAsync(Config.BotId));
        var final = (await runtime.GetStateAsync(Config.BotId))!;
        await runtime.DisposeAsync();
        var fills = (await h.Paper.GetFillsSinceAsync(Config.Rules.Symbol, long.MinValue, default)).Value
            .Select(f => (f.Side, f.Price, f.Quantity, f.ClientOrderId)).ToList();
        var placements = h.Exchange.Placements;
        return new Outcome(
            final,
            fills,
            await h.Storage.Fills.CountAsync(Config.BotId, default),
            placements.Count(p => p.Error == GridBot.Core.Errors.ErrorKind.DuplicateClientOrderId),
            placements.Select(p => (p.ClientOrderId, Accepted: p.Error is null)).ToList(),
            crashes);
    }

    private sealed record Outcome(
        BotState State,
        List<(OrderSide Side, decimal Price, decimal Quantity, string ClientOrderId)> Fills,
        int LedgerFills,
        int DuplicatesSent,
        List<(string ClientOrderId, bool Accepted)> Placements,
        int Crashes);
}
