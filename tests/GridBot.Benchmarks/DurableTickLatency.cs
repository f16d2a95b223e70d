using System.Diagnostics;
using System.Globalization;
using GridBot.Core.Bots;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;
using GridBot.Exchanges.Paper;
using GridBot.Runtime;
using GridBot.Storage.Azure;
using GridBot.Testing;
using GridFunctions.Durable;
using GridFunctions.Testing;

namespace GridBot.Benchmarks;

/// <summary>
/// What the Durable shape costs per bot tick on Azurite: a running 21-level paper bot gets <c>BotOperation(Tick)</c>
/// after <c>BotOperation(Tick)</c>, one at a time, on the real Durable Task engine (Azure Storage backend). The venue is
/// the in-memory paper exchange, so the time is the engine's (lock, entity calls, activities, history), and the storage
/// requests are the engine's (every request to the account during the tick, the worker's queue polling included).
/// Run: <c>-- durable-ticks [N]</c> (default 60 ticks after 5 warm-up ticks).
/// </summary>
internal static class DurableTickLatency
{
    public static async Task RunAsync(int ticks)
    {
        await using var azurite = await Azurite.StartAsync();
        var storage = await AzureStorage.OpenAsync(new AzureStorageSettings { ConnectionString = azurite.ConnectionString }, CancellationToken.None);
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        var config = new BotConfig("bench1", Venue.Paper, MarketType.Spot, new SymbolRules(new Symbol("BTC", "USDT"), 0.01m, 0.00001m, minNotional: 5m),
            new GridSpec(19_000m, 21_000m, 21, GridSpacing.Arithmetic, LevelSizing.Quote(100m)), 5_000m, FeeSchedule.FromBps(10m, 10m),
            GridBot.Runtime.Control.RiskDefaults.Off);
        var paper = new PaperExchange(new PaperExchangeOptions { Rules = config.Rules, Fees = config.Fees, StartingQuote = config.Capital }, clock);
        paper.MoveTo(20_050m, clock.GetUtcNow().ToUnixTimeMilliseconds());
        var effects = new BotEffects(_ => paper, storage.Fills, new ConsoleNotifier(null), clock);
        await using var engine = await DurableEngine.StartAsync(azurite.ConnectionString, () => new BotActivities(effects, new NoFanOut(), storage.Registry));
        var n = 0;
        async Task<long> RunAsync(BotOperation op)
        {
            var id = $"bench-{++n}";
            await engine.StartAsync(id, new BotOperationRequest(config.BotId, DurableJson.Write(op)), null, CancellationToken.None);
            var started = Stopwatch.GetTimestamp();
            var result = await engine.WaitAsync(id, CancellationToken.None);
            return result.Failure is null ? Stopwatch.GetTimestamp() - started : throw new InvalidOperationException(result.Failure);
        }

        await RunAsync(new CreateBot(config));
        await RunAsync(new StartBot());
        for (var i = 0; i < 5; i++)
        {
            await RunAsync(new Tick());
        }

        var times = new List<double>(ticks);
        var engineTimes = new List<double>(ticks);
        var requests = new List<long>(ticks);
        for (var i = 0; i < ticks; i++)
        {
            clock.Set(clock.GetUtcNow().ToUnixTimeMilliseconds() + 15_000);
            var before = engine.StorageRequests;
            var started = Stopwatch.GetTimestamp();
            await engine.StartAsync($"tick-{i}", new BotOperationRequest(config.BotId, DurableJson.Write(new Tick())), null, CancellationToken.None);
            var result = await engine.WaitAsync($"tick-{i}", CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            engineTimes.Add(engine.LastEngineTime.TotalMilliseconds);
            requests.Add(engine.StorageRequests - before);
            if (result.Failure is not null)
            {
                throw new InvalidOperationException(result.Failure);
            }
        }

        times.Sort();
        engineTimes.Sort();
        requests.Sort();
        static double P(List<double> sorted, double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Durable tick on Azurite over {ticks} ticks (21-level running paper bot): engine time (created to completed) median {P(engineTimes, 0.50):F0} ms, p99 {P(engineTimes, 0.99):F0} ms; seen by the caller (start, poll every 25 ms) median {P(times, 0.50):F0} ms, p99 {P(times, 0.99):F0} ms; storage requests per tick: median {requests[requests.Count / 2]}, mean {requests.Average():F0}, max {requests[^1]}"));
    }

    private sealed class NoFanOut : IFillPublisher
    {
        public Task PublishAsync(string botId, ExchangeFill fill, CancellationToken ct) => Task.CompletedTask;
    }
}
