using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Runtime;
using Xunit.Abstractions;

namespace GridBot.Runtime.Tests;

/// <summary>
/// Crashes injected at every effect boundary (before and after a placement and a cancel, around the ledger write, after
/// a save) and at random points: restarting from the store must end where an uninterrupted run ends, with no client
/// order id sent twice and every fill counted once. The grid is paused and resumed now and then, so it cancels too.
/// </summary>
public class CrashRecoveryTests(ITestOutputHelper output)
{
    /// <summary>Set to a seed printed by a failed run to replay its random crashes exactly.</summary>
    public const string SeedVariable = "GRIDBOT_CRASH_SEED";

    private const int MaxCrashesPerStep = 200;
    private static readonly Bar[] Bars = RuntimeHarness.Simulated(7, 1_500);
    // No trailing: a restart's reconciling Tick comes mid-bar, where trailing would move the grid at a price an
    // uninterrupted run never ticks at. The cancels come from an operator's pauses and resumes.
    private static readonly BotConfig Config = RuntimeHarness.Config41(lower: 21_000m, upper: 23_000m);

    [Theory]
    [InlineData(CrashPoint.AfterStateSaved)]
    [InlineData(CrashPoint.AfterSendBeforeAck)]
    [InlineData(CrashPoint.AfterFillSeenBeforeLedger)]
    [InlineData(CrashPoint.AfterLedgerBeforeApply)]
    [InlineData(CrashPoint.BeforeCancel)]
    [InlineData(CrashPoint.AfterCancelBeforeAck)]
    public async Task Replay_CrashEveryFewTimesAtBoundary_EndsLikeUninterrupted(CrashPoint point)
    {
        var baseline = await RunAsync(_ => false);

        var crashed = await RunAsync(call => call.Point == point && call.Count % 7 == 3);

        crashed.Crashes.Should().BeGreaterThan(3);
        baseline.Fills.Count.Should().BeGreaterThan(40, "the replay must exercise the grid");
        baseline.State.Counters.Cancels.Should().BeGreaterThan(100, "the replay must exercise cancels (pauses)");
        AssertSameEnd(baseline, crashed, $"crash at {point}");
    }

    [Fact]
    public async Task Replay_RandomCrashPoints_EndsLikeUninterrupted()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var given) ? given : Random.Shared.Next(1, int.MaxValue);
        output.WriteLine($"random crash seed {seed} (replay with {SeedVariable}={seed})");
        var baseline = await RunAsync(_ => false);
        var seeds = new Random(seed);

        for (var run = 0; run < 6; run++)
        {
            var runSeed = seeds.Next();
            var random = new Random(runSeed);
            var crashed = await RunAsync(_ => random.Next(25) == 0);

            AssertSameEnd(baseline, crashed, $"random crashes, {SeedVariable}={seed}, run {run} (seed {runSeed}, {crashed.Crashes} crashes)");
        }
    }

    private static void AssertSameEnd(Outcome baseline, Outcome crashed, string because)
    {
        crashed.Fills.Should().Equal(baseline.Fills, "the venue saw the same trades ({0})", because);
        crashed.State.Position.Should().Be(baseline.State.Position, because);
        crashed.State.Grid.Should().BeEquivalentTo(baseline.State.Grid, because);
        crashed.State.Intents.Select(i => (i.ClientOrderId, i.Status)).Should().BeEquivalentTo(baseline.State.Intents.Select(i => (i.ClientOrderId, i.Status)), because);
        crashed.State.Counters.Fills.Should().Be(baseline.Fills.Count, "every fill counted once in the state ({0})", because);
        crashed.LedgerFills.Should().Be(baseline.Fills.Count, "every fill counted once in the ledger ({0})", because);
        crashed.DuplicatesSent.Should().Be(0, "an order the venue already had is never sent again ({0})", because);
        crashed.Placements.Select(p => p.ClientOrderId).Should().OnlyHaveUniqueItems("no order is sent twice ({0})", because);
        crashed.Placements.Should().OnlyContain(p => p.Accepted, because);
        baseline.Announced.Should().Be(baseline.Fills.Count, "without crashes every fill is announced once");
        crashed.Announced.Should().BeLessThanOrEqualTo(baseline.Fills.Count, "a fill is never announced twice, crashes and re-reads included ({0})", because);
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
            for (var attempt = 0; ; attempt++)
            {
                if (attempt > MaxCrashesPerStep)
                {
                    throw new InvalidOperationException($"a step crashed {MaxCrashesPerStep} times in a row: recovery never gets past it");
                }

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
            if (i % 150 == 75)
            {
                // An operator pauses and resumes: the whole grid is cancelled and placed again. (After a crash the step is
                // repeated; a pause or resume already applied is refused as illegal and changes nothing.)
                await Do(r => r.SendAndWaitAsync(Config.BotId, new PauseBot("test")));
                await Do(r => r.SendAndWaitAsync(Config.BotId, new ResumeBot()));
            }
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
            crashes,
            h.Notifier.Messages.Where(m => m.StartsWith($"bot {Config.BotId}: ", StringComparison.Ordinal) && m.Contains("\nnet ", StringComparison.Ordinal))
                .Sum(m => int.Parse(m.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private sealed record Outcome(
        BotState State,
        List<(OrderSide Side, decimal Price, decimal Quantity, string ClientOrderId)> Fills,
        int LedgerFills,
        int DuplicatesSent,
        List<(string ClientOrderId, bool Accepted)> Placements,
        int Crashes,
        int Announced);
}
