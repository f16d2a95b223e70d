using GridBot.Backtesting.Data;
using GridBot.Core.Market;
using GridBot.Exchanges.Paper;
using GridBot.Runtime;
using GridBot.Storage.Sqlite;
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
    private static readonly TimeSpan TickInterval = TimeSpan.FromMinutes(15);

    [SkippableFact]
    public async Task WorkerKilledAfterAnOrderWasSent_RestartedWorkerRetries_OrderOnceFillsOnceSameEnd()
    {
        var bars = BarCsvReader.Load(SharedData.Require(SharedData.Btc1m)).Value.Bars[..BarCount];
        var config = DurableReplayTests.GridOver(bars, "crash1");
        var uninterrupted = await LocalAsync(config, bars);

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
            var run = Task.Run(() => new PaperReplay(rig.Host, rig.Paper, rig.Clock, TickInterval).RunAsync(config, bars, null, rig.Storage.Fills, CancellationToken.None));
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

    private static async Task<PaperRunResult> LocalAsync(GridBot.Core.Bots.BotConfig config, Bar[] bars)
    {
        var dir = Directory.CreateTempSubdirectory("gf-local-").FullName;
        try
        {
            var clock = new ManualClock(DateTimeOffset.FromUnixTimeMilliseconds(bars[0].OpenTimeMs));
            using var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(dir, "bots.db") }, clock, CancellationToken.None);
            var paper = new PaperExchange(new PaperExchangeOptions { Rules = config.Rules, Fees = config.Fees, StartingQuote = config.Capital }, clock);
            await using var runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, _ => paper, new ConsoleNotifier(null), clock);
            return await new PaperReplay(runtime, paper, clock, TickInterval).RunAsync(config, bars, null, storage.Fills, CancellationToken.None);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
