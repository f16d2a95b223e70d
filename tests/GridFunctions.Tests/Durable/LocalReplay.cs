using GridBot.Core.Bots;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Paper;
using GridBot.Runtime;
using GridBot.Storage.Sqlite;

namespace GridFunctions.Tests.Durable;

/// <summary>The local runtime (mailbox, SQLite, its own paper venue and clock) on the same bars: what the Durable bot must equal.</summary>
internal static class LocalReplay
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromMinutes(15);

    public static async Task<(PaperRunResult Result, IReadOnlyList<ExchangeFill> Ledger)> RunAsync(BotConfig config, Bar[] bars)
    {
        var dir = Directory.CreateTempSubdirectory("gf-local-").FullName;
        try
        {
            var clock = new ManualClock(DateTimeOffset.FromUnixTimeMilliseconds(bars[0].OpenTimeMs));
            using var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(dir, "bots.db") }, clock, CancellationToken.None);
            var paper = new PaperExchange(new PaperExchangeOptions { Rules = config.Rules, Fees = config.Fees, StartingQuote = config.Capital }, clock);
            await using var runtime = new BotRuntime(storage.States, storage.Fills, storage.Registry, _ => paper, new ConsoleNotifier(null), clock);
            var result = await new PaperReplay(runtime, paper, clock, TickInterval).RunAsync(config, bars, null, storage.Fills, CancellationToken.None);
            return (result, await storage.Fills.QueryAsync(config.BotId, null, null, CancellationToken.None));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
