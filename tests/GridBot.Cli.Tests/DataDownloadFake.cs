using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;
using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests;

/// <summary>A fake Binance or Bybit (system clock) serving seeded 1m bars, and a temp Parquet root to download into.</summary>
internal sealed class DataDownloadFake : IAsyncDisposable
{
    public const long Start = DataFixture.Start; // 2023-03-01T00:00:00Z
    public const long Minute = 60_000L;

    private readonly FakeVenueHost _host;
    private readonly DataFixture _fx = new();

    private DataDownloadFake(FakeVenueHost host, FakeBars bars, Venue venue, MarketType market, string klinePath)
    {
        _host = host;
        Bars = bars;
        Series = new BarSeries(venue, market, Symbol.Parse("BTCUSDT").Value, BarInterval.OneMinute);
        KlinePath = klinePath;
    }

    public FakeBars Bars { get; }

    public BarSeries Series { get; }

    public string KlinePath { get; }

    public FakeVenueHost Host => _host;

    public string Root => _fx.Root;

    public IReadOnlyList<RecordedRequest> KlineRequests => _host.RequestsTo("GET", KlinePath);

    public static async Task<DataDownloadFake> StartAsync(Venue venue, MarketType market)
    {
        if (venue == Venue.Binance)
        {
            var binance = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
            return new DataDownloadFake(binance, binance.Bars, venue, market, market == MarketType.Spot ? "/api/v3/klines" : "/fapi/v1/klines");
        }

        var bybit = await FakeBybit.StartAsync(new FakeBybitOptions { Clock = TimeProvider.System });
        return new DataDownloadFake(bybit, bybit.Bars, venue, market, "/v5/market/kline");
    }

    /// <summary>Seeds <paramref name="count"/> 1m bars from <paramref name="startMs"/> and returns them.</summary>
    public Bar[] Seed(int count, long startMs = Start)
    {
        var bars = Enumerable.Range(0, count).Select(i => MakeBar(startMs + (i * Minute), i)).ToArray();
        Bars.Add(TimeSpan.FromMinutes(1), bars);
        return bars;
    }

    public static Bar MakeBar(long openMs, int i)
    {
        var open = 25_000m + ((i * 37) % 400) - 200m + 0.5m;
        var close = open + ((i % 7) - 3);
        return new Bar(openMs, open, Math.Max(open, close) + 2.5m, Math.Min(open, close) - 1.5m, close, 1.25m + (i % 5));
    }

    /// <summary>Runs <c>gridbot data download</c> for this fake's series into <see cref="Root"/>, then the given options.</summary>
    public CliRun Download(params string[] extra) => CliRun.Of(
    [
        "data", "download", "--venue", Series.Venue.ToString().ToLowerInvariant(), "--market", Series.Market.ToString().ToLowerInvariant(),
        "--symbol", "BTCUSDT", "--interval", "1m", "--out", Root, "--base-url", _host.BaseUrl.ToString(), .. extra,
    ]);

    public async Task<IReadOnlyList<Bar>> StoredAsync()
    {
        var loaded = await new LocalParquetBarStore(Root).LoadAsync(Series, 0, long.MaxValue / 2, CancellationToken.None);
        loaded.IsSuccess.Should().BeTrue(loaded.IsSuccess ? string.Empty : loaded.Error.Message);
        return loaded.Value;
    }

    public async Task StoreAsync(IReadOnlyCollection<Bar> bars)
    {
        var written = await new LocalParquetBarStore(Root).UpsertAsync(Series, bars, CancellationToken.None);
        written.IsSuccess.Should().BeTrue();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _fx.Dispose();
    }
}
