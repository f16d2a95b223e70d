using System.Diagnostics;
using System.Globalization;
using GridBot.Backtesting.Data;
using GridBot.Backtesting.Tests.Support;
using Xunit.Abstractions;

namespace GridBot.Backtesting.Tests.Data;

public sealed class BarCsvReaderRealDataTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Load_Btc1m_AllRowsOneMinuteNoGaps()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var stopwatch = Stopwatch.StartNew();
        var loaded = BarCsvReader.Load(path).Value;
        output.WriteLine($"loaded {loaded.Bars.Length} bars in {stopwatch.ElapsedMilliseconds} ms");

        loaded.Bars.Should().HaveCount(30_240);
        loaded.Interval.Should().Be(TimeSpan.FromMinutes(1));
        loaded.GapCount.Should().Be(0, "the 1m file is complete from 2023-03-01 00:00 to 2023-03-21 23:59");
        loaded.GapWarning.Should().BeNull();
        loaded.Bars[0].OpenTime.Should().Be(new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero));
        loaded.Bars[0].Open.Should().Be(23143.82m);
        loaded.Bars[^1].OpenTime.Should().Be(new DateTimeOffset(2023, 3, 21, 23, 59, 0, TimeSpan.Zero));
        loaded.Bars[^1].Close.Should().Be(28181.27m);
    }

    [SkippableFact]
    public void Resample_Btc1mToFifteenAndFive_WholeBucketsKeepVolume()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var bars = BarCsvReader.Load(path).Value.Bars;

        var m15 = BarResampler.Resample(bars, TimeSpan.FromMinutes(15)).Value;
        var m5 = BarResampler.Resample(bars, TimeSpan.FromMinutes(5)).Value;

        m15.Should().HaveCount(30_240 / 15);
        m5.Should().HaveCount(30_240 / 5);
        m15.Sum(b => b.Volume).Should().Be(bars.Sum(b => b.Volume));
        m15[0].Should().Be(bars[0] with
        {
            High = bars.Take(15).Max(b => b.High),
            Low = bars.Take(15).Min(b => b.Low),
            Close = bars[14].Close,
            Volume = bars.Take(15).Sum(b => b.Volume),
        });
    }

    [SkippableFact]
    public void Load_Btc2h_ReportsEighteenGaps()
    {
        var path = SharedData.Require(SharedData.Btc2h);

        var loaded = BarCsvReader.Load(path).Value;
        output.WriteLine(loaded.GapWarning);

        loaded.Bars.Should().HaveCount(35_123);
        loaded.Interval.Should().Be(TimeSpan.FromHours(2));
        loaded.GapCount.Should().Be(18);
        loaded.MissingBars.Should().Be(53);
        loaded.LargestGap!.Value.MissingBars.Should().Be(16);
        loaded.LargestGap.Value.After.Should().Be(new DateTimeOffset(2018, 2, 8, 0, 0, 0, TimeSpan.Zero));
        loaded.Gaps[0].After.Should().Be(new DateTimeOffset(2017, 9, 6, 16, 0, 0, TimeSpan.Zero));
        loaded.GapWarning.Should().Contain("18 gaps in 35,123 bars of 2h, 53 missing bars");
    }

    [SkippableFact]
    public void Load_Eth2h_ThousandBarsNoGaps()
    {
        var path = SharedData.Require(SharedData.Eth2h);

        var loaded = BarCsvReader.Load(path).Value;

        loaded.Bars.Should().HaveCount(1_000);
        loaded.Interval.Should().Be(TimeSpan.FromHours(2));
        loaded.GapCount.Should().Be(0);
        loaded.Bars[0].OpenTime.Should().Be(new DateTimeOffset(2025, 4, 30, 22, 0, 0, TimeSpan.Zero));
    }

    [SkippableFact]
    public void Load_YearOfMinutes_Reads525600RowsWithoutGaps()
    {
        // Speed is measured in tests/GridBot.Benchmarks (CsvLoadBenchmarks), not asserted here.
        const int Rows = 525_600;
        var path = Path.Combine(Path.GetTempPath(), $"gridbot-year-{Guid.NewGuid():N}.csv");
        WriteYearOfMinutes(path, Rows);
        try
        {
            var loaded = BarCsvReader.Load(path).Value;

            loaded.Bars.Should().HaveCount(Rows);
            loaded.Interval.Should().Be(TimeSpan.FromMinutes(1));
            loaded.GapCount.Should().Be(0);
            loaded.Bars[^1].OpenTime.Should().Be(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(Rows - 1));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WriteYearOfMinutes(string path, int rows)
    {
        using var writer = new StreamWriter(path);
        writer.Write("open_time,open,high,low,close,volume\n");
        var time = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < rows; i++)
        {
            var price = 40_000m + (i % 977) + ((i % 100) / 100m);
            writer.Write(time.AddMinutes(i).ToString("yyyy-MM-dd HH:mm:ss+00:00", CultureInfo.InvariantCulture));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",{price},{price + 5.25m},{price - 3.5m},{price + 1.75m},{i % 13}.{i % 97:D5}\n"));
        }
    }
}
