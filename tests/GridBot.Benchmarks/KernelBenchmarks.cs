using BenchmarkDotNet.Attributes;
using GridBot.Backtesting.Kernel;
using GridBot.Core.Grid;
using GridBot.Core.Market;
using GridBot.Core.Sizing;

namespace GridBot.Benchmarks;

/// <summary>The kernel on a year of real 1m bars (tiled) with a 41-level grid, one core. Report bars/s = 525,600 / mean.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private PreparedBars _bars = null!;
    private BacktestConfig _config = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bars = PreparedBars.Prepare(BenchData.Tile(BenchData.RealMinuteBars(), BenchData.MinutesPerYear), 0.01m);
        var rules = new SymbolRules(new Symbol("BTC", "USDC"), 0.01m, 0.00001m, minNotional: 5m);
        var spec = new GridSpec(18_000m, 30_000m, 41, GridSpacing.Arithmetic, LevelSizing.Quote(100m));
        _config = new BacktestConfig(spec, rules, 10_000m, FeeSchedule.FromBps(10m, 10m), 5m);
    }

    [Benchmark(Description = "kernel, 525,600 1m bars, 41 levels")]
    public decimal Kernel() => Backtester.Run(_bars, _config).Value.Kpis.FinalEquity;

    [Benchmark(Description = "kernel + fills + equity recorded")]
    public int KernelRecording() => Backtester.Run(_bars, _config, Recording.All).Value.Fills.Count;

    [GlobalCleanup]
    public void Report()
    {
        var kpis = Backtester.Run(_bars, _config).Value.Kpis;
        Console.WriteLine($"// fills={kpis.Fills} roundTrips={kpis.RoundTrips} return={kpis.ReturnPct:F2}% maxDD={kpis.MaxDrawdownPct:F2}%");
    }
}
