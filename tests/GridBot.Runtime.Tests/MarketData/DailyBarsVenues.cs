using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Runtime.MarketData;
using GridBot.Storage.Sqlite;
using GridBot.Testing.FakeVenues;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Runtime.Tests.MarketData;

/// <summary>
/// A fake Binance and a fake Bybit on Kestrel (system clock) serving the same seeded 1m bars, a SQLite registry, and a
/// job clock at 00:05 UTC on the day after <see cref="Day"/>.
/// </summary>
internal sealed class DailyBarsVenues : IAsyncDisposable
{
    public const long Minute = 60_000L;
    public const long DayStart = 1_677_628_800_000L; // 2023-03-01T00:00:00Z
    public static readonly DateOnly Day = new(2023, 3, 1);

    private readonly string _dir;
    private readonly HttpClient _http = new();

    private DailyBarsVenues(string dir, FakeBinance binance, FakeBybit bybit, SqliteStorage sqlite, Bar[] seeded)
    {
        _dir = dir;
        Binance = binance;
        Bybit = bybit;
        Sqlite = sqlite;
        Seeded = seeded;
        History = new VenueHistory((v, _) => v == Venue.Binance ? binance.BaseUrl : bybit.BaseUrl, 5_000, TimeProvider.System, NullLogger.Instance, _http);
    }

    public FakeBinance Binance { get; }

    public FakeBybit Bybit { get; }

    public SqliteStorage Sqlite { get; }

    /// <summary>An hour before the day, the day, and an hour after it.</summary>
    public Bar[] Seeded { get; }

    public Bar[] DayBars => [.. Seeded.Where(b => b.OpenTimeMs >= DayStart && b.OpenTimeMs < DayStart + (1_440 * Minute))];

    public VenueHistory History { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2023, 3, 2, 0, 5, 0, TimeSpan.Zero));

    public string Root => Path.Combine(_dir, "bars");

    public int KlineRequests => Binance.Requests.Count(r => r.Path.Contains("klines", StringComparison.Ordinal)) + Bybit.Requests.Count(r => r.Path.Contains("kline", StringComparison.Ordinal));

    public static async Task<DailyBarsVenues> StartAsync()
    {
        var dir = Directory.CreateTempSubdirectory("gridbot-bars-").FullName;
        var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System });
        var seeded = Enumerable.Range(0, 1_440 + 120).Select(i => MakeBar(DayStart - (60 * Minute) + (i * Minute), i)).ToArray();
        binance.Bars.Add(TimeSpan.FromMinutes(1), seeded);
        bybit.Bars.Add(TimeSpan.FromMinutes(1), seeded);
        var sqlite = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Path.Combine(dir, "bots.db") }, TimeProvider.System, CancellationToken.None);
        return new DailyBarsVenues(dir, binance, bybit, sqlite, seeded);
    }

    public static BarSeries Series(Venue venue, MarketType market, string symbol = "BTCUSDT") =>
        new(venue, market, Symbol.Parse(symbol).Value, BarInterval.OneMinute);

    public Task RegisterAsync(string botId, Venue venue, MarketType market, string symbol = "BTCUSDT") =>
        Sqlite.Registry.UpsertAsync(new BotInfo(botId, venue, market, symbol, "Running", 0, 0), CancellationToken.None);

    public DailyBarsJob Job(IBarStore store) => new(Sqlite.Registry, store, History, Clock, NullLogger<DailyBarsJob>.Instance);

    public static Bar MakeBar(long openMs, int i)
    {
        var open = 25_000m + ((i * 37) % 400) - 200m + 0.5m;
        var close = open + ((i % 7) - 3) + 0.25m;
        return new Bar(openMs, open, Math.Max(open, close) + 2.5m, Math.Min(open, close) - 1.5m, close, 1.25m + (i % 5) + 0.001m);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Sqlite.Dispose();
        await Binance.DisposeAsync();
        await Bybit.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // best effort: SQLite's WAL may still be held briefly
        }
    }
}
