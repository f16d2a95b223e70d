using GridBot.Backtesting.Simulation;
using GridBot.Core.Bots;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Safety;
using GridBot.Core.Sizing;
using GridBot.Exchanges.Paper;
using GridBot.Storage.Sqlite;
using GridBot.Runtime;

namespace GridBot.Runtime.Tests;

/// <summary>A paper exchange (the venue: it survives "crashes"), a SQLite file and a clock, shared by successive runtimes.</summary>
internal sealed class RuntimeHarness : IAsyncDisposable
{
    public static readonly Symbol Btc = new("BTC", "USDT");
    public static readonly RiskLimits NoLimits = GridBot.Runtime.Control.RiskDefaults.Off;

    private readonly string _dir;

    private RuntimeHarness(string dir, BotConfig config, SqliteStorage storage, PaperExchange paper, ManualClock clock)
    {
        _dir = dir;
        Config = config;
        Storage = storage;
        Paper = paper;
        Exchange = new RecordingExchange(paper);
        Clock = clock;
    }

    public BotConfig Config { get; }

    public SqliteStorage Storage { get; }

    public PaperExchange Paper { get; }

    public RecordingExchange Exchange { get; }

    public ManualClock Clock { get; }

    public ConsoleNotifier Notifier { get; } = new(null);

    public static async Task<RuntimeHarness> CreateAsync(BotConfig config, decimal slippageBps, long startMs, Func<PaperExchangeOptions, PaperExchangeOptions>? venue = null)
    {
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeMilliseconds(startMs));
        var dir = Directory.CreateTempSubdirectory("gridbot-rt-").FullName;
        var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(dir, "bots.db") }, clock, CancellationToken.None);
        var options = new PaperExchangeOptions { Rules = config.Rules, Fees = config.Fees, SlippageBps = slippageBps, StartingQuote = config.Capital };
        var paper = new PaperExchange(venue?.Invoke(options) ?? options, clock);
        return new RuntimeHarness(dir, config, storage, paper, clock);
    }

    public static BotConfig Config41(string id = "bot1", RiskLimits? limits = null, decimal lower = 19_500m, decimal upper = 25_000m) =>
        new(id, Venue.Paper, MarketType.Spot, new SymbolRules(Btc, 0.01m, 0.00001m, minNotional: 5m),
            new GridSpec(lower, upper, 41, GridSpacing.Arithmetic, LevelSizing.Quote(100m)), 10_000m, FeeSchedule.FromBps(10m, 10m), limits ?? NoLimits);

    public BotRuntime NewRuntime(Action<CrashPoint>? crash = null) => NewRuntime(new RuntimeOptions { CrashHook = crash });

    public BotRuntime NewRuntime(RuntimeOptions options) => new(Storage.States, Storage.Fills, Storage.Registry, _ => Exchange, Notifier, Clock, options: options);

    public PaperReplay Replay(BotRuntime runtime) => new(runtime, Paper, Clock, TimeSpan.FromMinutes(1));

    public static Bar[] Simulated(int seed, int bars) => new MarketSimulator(SimulatorOptions.Default(seed, bars) with { StartPrice = 22_000m }).Generate().ToArray();

    public async ValueTask DisposeAsync()
    {
        Storage.Dispose();
        await Task.Yield();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort: the OS may still hold the WAL file briefly
        }
    }
}
