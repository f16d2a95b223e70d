using GridBot.Backtesting.Data;
using GridBot.Core.Market;
using GridBot.Runtime;
using GridFunctions.Testing;
using Xunit.Abstractions;

namespace GridFunctions.Tests.Durable;

/// <summary>
/// The worker dies in the middle of a <c>BotOperation</c>: the venue has taken an order, the activity's result is not
/// recorded. A new worker on the same task hub runs the activity again; the venue refuses the repeated client order
/// id, the bot reads that as "already placed", and the run ends exactly where an uninterrupted run ends.
/// </summary>
public sealed class DurableCrashTests(ITestOutputHelper output)
{
    private const int BarCount = 60;

    [SkippableFact]
    public async Task WorkerKilledAfterAnOrderWasSent_RestartedWorkerRetries_OrderOnceFillsOnceSameEnd()
    {
        var bars = BarCsvReader.Load(SharedData.Require(SharedData.Btc1m)).Value.Bars[..BarCount];
        var config = DurableReplayTests.GridOver(bars, "crash1");
        var (uninterrupted, _) = await LocalReplay.RunAsync(config, bars);

        var sends = 0;
        using var crashed = new SemaphoreSlim(0);
        using var released = new ManualResetEventSlim(false);
        void Hook(CrashPoint point)
        {
            // The 25th placement (mid-run, after the grid is laid): the venue has the order; this worker now "dies".
            if (point == CrashPoint.AfterSendBeforeAck && Interlocked.Increment(ref sends) == 25)
            {
                crashed.Release();
                released.Wait();
                throw new SimulatedCrashException(point);
            }
        }

        await using var rig = await DurableRig.StartAsync(config, bars[0].OpenTimeMs, options: new RuntimeOptions { CrashHook = Hook });
        try
        {
            var run = Task.Run(() => new PaperReplay(rig.Host, rig.Paper, rig.Clock, LocalReplay.TickInterval).RunAsync(config, bars, null, rig.Storage.Fills, CancellationToken.None));
            (await crashed.WaitAsync(TimeSpan.FromMinutes(3))).Should().BeTrue("the 25th order is sent");
            await rig.Engine.StopWorkerAsync();
            released.Set(); // the stopped worker's activity ends in an exception: its placement never reaches the history as done
            await rig.Engine.StartWorkerAsync();
            var result = await run;
            var ledger = await rig.Storage.Fills.QueryAsync(config.BotId, null, null, CancellationToken.None);
            output.WriteLine($"{result.Fills.Count} fills, {sends} sends for {result.Orders} orders");

            sends.Should().Be(uninterrupted.Orders + 1, "the interrupted placement was sent again, once");
            result.Orders.Should().Be(uninterrupted.Orders);
            result.Fills.Should().Equal(uninterrupted.Fills, "the venue filled each order once, as in the uninterrupted run");
            DurableReplayTests.Comparable(result.FinalState).Should().Be(DurableReplayTests.Comparable(uninterrupted.FinalState));
            ledger.Should().Equal(uninterrupted.Fills, "every fill is in the ledger once");
            (await rig.Paper.GetOpenOrdersAsync(config.Rules.Symbol, CancellationToken.None)).Value.Select(o => o.ClientOrderId)
                .Should().BeEquivalentTo(result.FinalState.Intents.Select(i => i.ClientOrderId));
        }
        finally
        {
            released.Set();
        }
    }
}
