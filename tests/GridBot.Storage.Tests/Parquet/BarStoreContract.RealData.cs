using GridBot.Backtesting.Data;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Testing;

namespace GridBot.Storage.Tests.Parquet;

public abstract partial class BarStoreContract
{
    [SkippableFact]
    public async Task UpsertAsync_RealBtc1mFile_LoadsBackEqualBars()
    {
        var path = SharedData.Require(SharedData.Btc1m);
        var bars = BarCsvReader.Load(path).Value.Bars;
        var series = new BarSeries(Venue.Binance, MarketType.Spot, new Symbol("BTC", "USDC"), BarInterval.OneMinute);

        var upsert = await Store.UpsertAsync(series, bars, CancellationToken.None);
        var loaded = await Store.LoadAsync(series, bars[0].OpenTimeMs, bars[^1].OpenTimeMs + 1, CancellationToken.None);
        var list = await Store.ListSeriesAsync(CancellationToken.None);
        var last = await Store.LastOpenTimeAsync(series, CancellationToken.None);

        bars.Should().HaveCountGreaterThan(20_000);
        upsert.Value.BarsAdded.Should().Be(bars.Length);
        upsert.Value.DaysWritten.Should().Be(bars.Select(b => b.OpenTime.UtcDateTime.Date).Distinct().Count());
        loaded.Value.Should().Equal(bars);
        list.Value.Should().Equal(new BarSeriesInfo(series, bars[0].OpenTimeMs, bars[^1].OpenTimeMs, bars.Length));
        last.Value.Should().Be(bars[^1].OpenTimeMs);
    }
}
