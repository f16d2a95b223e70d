using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Storage.Parquet;

namespace GridBot.Storage.Tests.Parquet;

/// <summary>A <see cref="LocalParquetBarStore"/> in a fresh temp folder, deleted on dispose.</summary>
internal sealed class TempBarStore : IDisposable
{
    public TempBarStore()
    {
        Root = Path.Combine(Path.GetTempPath(), "gridbot-bars-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Store = new LocalParquetBarStore(Root);
    }

    public static BarSeries BtcSpot1m { get; } = new(Venue.Binance, MarketType.Spot, new Symbol("BTC", "USDT"), BarInterval.OneMinute);

    public string Root { get; }

    public LocalParquetBarStore Store { get; }

    /// <summary>Every file under the root with its last write time, to show what a call did not touch.</summary>
    public Dictionary<string, DateTime> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
