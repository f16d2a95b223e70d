using BenchmarkDotNet.Attributes;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;

namespace GridBot.Benchmarks;

/// <summary>
/// Loading a year of 1m bars (525,600, the real sample tiled) from 365 daily Parquet partitions with decimal columns
/// (the target: 150 ms); and one day's partition.
/// </summary>
public class ParquetBarStoreBenchmarks
{
    private static readonly BarSeries Series = new(Venue.Binance, MarketType.Spot, new Symbol("BTC", "USDC"), BarInterval.OneMinute);
    private string _root = null!;
    private LocalParquetBarStore _store = null!;
    private long _fromMs;
    private long _toMs;

    [GlobalSetup]
    public void Setup()
    {
        var bars = BenchData.Tile(BenchData.RealMinuteBars(), BenchData.MinutesPerYear);
        _root = Path.Combine(Path.GetTempPath(), "gridbot-bench-bars-" + Guid.NewGuid().ToString("N"));
        _store = new LocalParquetBarStore(_root);
        var upsert = _store.UpsertAsync(Series, bars, CancellationToken.None).GetAwaiter().GetResult();
        if (!upsert.IsSuccess || upsert.Value.DaysWritten != 365)
        {
            throw new InvalidOperationException($"setup wrote {upsert} instead of 365 days");
        }

        _fromMs = bars[0].OpenTimeMs;
        _toMs = bars[^1].OpenTimeMs + 60_000L;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Description = "load a year of 1m bars, 365 daily partitions, decimal")]
    public async Task<int> LoadYear()
    {
        var loaded = await _store.LoadAsync(Series, _fromMs, _toMs, CancellationToken.None);
        return loaded.Value.Count == BenchData.MinutesPerYear ? loaded.Value.Count : throw new InvalidOperationException($"loaded {loaded}");
    }

    [Benchmark(Description = "load one day of 1m bars, decimal")]
    public async Task<int> LoadDay()
    {
        var loaded = await _store.LoadAsync(Series, _fromMs, _fromMs + 86_400_000L, CancellationToken.None);
        return loaded.Value.Count;
    }
}
