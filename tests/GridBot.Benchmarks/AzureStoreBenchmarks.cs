using BenchmarkDotNet.Attributes;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Azure;
using GridBot.Storage.Sqlite;
using GridBot.Testing;

namespace GridBot.Benchmarks;

/// <summary>
/// What a fill costs the store: append it to the ledger, then read the bot's registry row (the target on Azurite:
/// under 20 ms median), on the project's Azurite (started here on free ports) and, for scale, on SQLite.
/// </summary>
[MedianColumn]
public class AzureStoreBenchmarks
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private Azurite _azurite = null!;
    private AzureStorage _azure = null!;
    private SqliteStorage _sqlite = null!;
    private string _sqliteFolder = null!;
    private long _trade;

    [GlobalSetup]
    public void Setup()
    {
        _azurite = Azurite.StartAsync().GetAwaiter().GetResult();
        _azure = AzureStorage.OpenAsync(new AzureStorageSettings { ConnectionString = _azurite.ConnectionString }, CancellationToken.None).GetAwaiter().GetResult();
        _sqliteFolder = Directory.CreateTempSubdirectory("gridbot-bench-sqlite-").FullName;
        _sqlite = SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(_sqliteFolder, "bench.db") }, TimeProvider.System, CancellationToken.None)
            .GetAwaiter().GetResult();
        var bot = new BotInfo("bench1", Venue.Binance, MarketType.Spot, "BTCUSDT", "Running", 1, 1);
        _azure.Registry.UpsertAsync(bot, CancellationToken.None).GetAwaiter().GetResult();
        _sqlite.Registry.UpsertAsync(bot, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite.Dispose();
        Directory.Delete(_sqliteFolder, recursive: true);
        _azurite.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "Azurite: ledger append + registry read")]
    public async Task<BotInfo?> AzureAppendAndRead()
    {
        await _azure.Fills.AppendAsync("bench1", NextFill(), CancellationToken.None);
        return await _azure.Registry.GetAsync("bench1", CancellationToken.None);
    }

    [Benchmark(Description = "SQLite: ledger append + registry read")]
    public async Task<BotInfo?> SqliteAppendAndRead()
    {
        await _sqlite.Fills.AppendAsync("bench1", NextFill(), CancellationToken.None);
        return await _sqlite.Registry.GetAsync("bench1", CancellationToken.None);
    }

    private ExchangeFill NextFill()
    {
        var id = Interlocked.Increment(ref _trade);
        return new ExchangeFill(BtcUsdt, $"t{id}", $"gb-bench1-g1-L{id % 20}-B", $"{id}", OrderSide.Buy, 37_000.5m, 0.001m,
            new CashAmount(0.000001m, "BTC"), IsMaker: true, 1_700_000_000_000 + id);
    }
}
