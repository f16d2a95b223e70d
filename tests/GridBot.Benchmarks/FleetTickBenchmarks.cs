using BenchmarkDotNet.Attributes;
using GridBot.Core.Bots.Operations;
using GridBot.Exchanges.Paper;
using GridBot.Storage.Sqlite;
using GridBot.Runtime;

namespace GridBot.Benchmarks;

/// <summary>1,000 running paper bots (41 levels each, SQLite state) each ticked once through the runtime.</summary>
public class FleetTickBenchmarks
{
    private const int Bots = 1_000;
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-fleet-").FullName;
    private SqliteStorage _storage = null!;
    private BotRuntime _runtime = null!;
    private ManualClock _clock = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clock = new ManualClock(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        _storage = SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(_dir, "fleet.db") }, _clock, default).GetAwaiter().GetResult();
        var exchanges = new Dictionary<string, PaperExchange>();
        _runtime = new BotRuntime(_storage.States, _storage.Fills, _storage.Registry, c => exchanges[c.BotId], new ConsoleNotifier(null), _clock);
        for (var i = 0; i < Bots; i++)
        {
            var config = BotFixtures.Config($"b{i}") with { Limits = new GridBot.Core.Safety.RiskLimits(1_000_000m, 1_000_000m, 0.5m, 1_000_000m, 100, 100, 0.5m) };
            var paper = new PaperExchange(new PaperExchangeOptions { Rules = config.Rules, Fees = config.Fees, StartingQuote = config.Capital }, _clock);
            paper.MoveTo(22_010m, 1_700_000_000_000);
            exchanges[config.BotId] = paper;
            _runtime.SendAndWaitAsync(config.BotId, new CreateBot(config)).GetAwaiter().GetResult();
            _runtime.SendAndWaitAsync(config.BotId, new StartBot()).GetAwaiter().GetResult();
        }
    }

    [Benchmark(Description = "1,000 paper bots, one Tick each (runtime + SQLite)")]
    public async Task TickAll()
    {
        var tasks = new Task[Bots];
        for (var i = 0; i < Bots; i++)
        {
            tasks[i] = _runtime.SendAndWaitAsync($"b{i}", new Tick());
        }

        await Task.WhenAll(tasks);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _storage.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
