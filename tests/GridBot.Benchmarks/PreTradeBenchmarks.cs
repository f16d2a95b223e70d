using System.Globalization;
using BenchmarkDotNet.Attributes;
using GridBot.Backtesting.Data;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;

namespace GridBot.Benchmarks;

/// <summary>
/// What the venue clients add to every placement (the pre-trade screen against the symbol rules) and what loading a
/// year of 1m bars from CSV costs (the real BTC bars tiled to 525,600 rows, written once to a temporary file).
/// </summary>
[MemoryDiagnoser]
public class PreTradeBenchmarks
{
    private readonly PreTradeRules _rules = new(
        new SymbolRules(new Symbol("BTC", "USDT"), 0.01m, 0.00001m, 0.00001m, 9_000m, 5m, 9_000_000m), "TRADING", true, 0.01m, 1_000_000m,
        MarketMaxQuantity: 97.92836420m);

    private readonly OrderRequest _limit = new(new Symbol("BTC", "USDT"), "g1-0-b12", OrderSide.Buy, OrderType.Limit, 0.00345m, 59_123.45m);
    private readonly OrderRequest _market = new(new Symbol("BTC", "USDT"), "g1-0-f1", OrderSide.Sell, OrderType.Market, 0.12345m, null);
    private string _csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        _csv = Path.Combine(Path.GetTempPath(), $"gridbot-bench-{Guid.NewGuid():N}.csv");
        using var writer = new StreamWriter(_csv);
        writer.Write("open_time,open,high,low,close,volume\n");
        foreach (var b in BenchData.Tile(BenchData.RealMinuteBars(), BenchData.MinutesPerYear))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{DateTimeOffset.FromUnixTimeMilliseconds(b.OpenTimeMs):yyyy-MM-dd HH:mm:ss+00:00},{b.Open},{b.High},{b.Low},{b.Close},{b.Volume}\n"));
        }
    }

    [Benchmark(Description = "pre-trade check, limit order")]
    public bool CheckLimit() => _rules.Check(_limit) is null;

    [Benchmark(Description = "pre-trade check, market order")]
    public bool CheckMarket() => _rules.Check(_market) is null;

    [Benchmark(Description = "CSV load, 525,600 1m bars")]
    public int LoadCsv() => BarCsvReader.Load(_csv).Value.Bars.Length;

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_csv);
}
