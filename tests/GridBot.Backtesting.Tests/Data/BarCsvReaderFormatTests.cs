using GridBot.Backtesting.Data;
using GridBot.Core.Market;

namespace GridBot.Backtesting.Tests.Data;

public sealed class BarCsvReaderFormatTests
{
    private const long March1 = 1_677_628_800_000; // 2023-03-01 00:00:00 UTC
    private const long OneMinute = 60_000;

    private static LoadedBars Read(string csv)
    {
        var result = BarCsvReader.Load(new StringReader(csv), "data.csv");
        result.IsSuccess.Should().BeTrue(result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public void Load_OpenTimeWithOffset_ParsesUtcMsAndDecimals()
    {
        var loaded = Read("""
            open_time,open,high,low,close,volume
            2023-03-01 00:00:00+00:00,23143.82,23152.65,23140.02,23152.65,0.26395
            2023-03-01 00:01:00+00:00,23152.65,23152.65,23152.65,23152.65,0.0
            """);

        loaded.Bars.Should().Equal(
            new Bar(March1, 23143.82m, 23152.65m, 23140.02m, 23152.65m, 0.26395m),
            new Bar(March1 + OneMinute, 23152.65m, 23152.65m, 23152.65m, 23152.65m, 0m));
        loaded.Interval.Should().Be(TimeSpan.FromMinutes(1));
        loaded.Source.Should().Be("data.csv");
    }

    [Fact]
    public void Load_TimestampWithoutOffset_TreatsAsUtc()
    {
        var loaded = Read("""
            timestamp,open,high,low,close,volume
            2017-08-17 04:00:00,4261.48,4328.69,4261.32,4315.32,70.415925
            2017-08-17 06:00:00,4330.29,4349.99,4287.41,4349.99,11.67294
            """);

        loaded.Bars[0].Should().Be(new Bar(1_502_942_400_000, 4261.48m, 4328.69m, 4261.32m, 4315.32m, 70.415925m));
        loaded.Bars[1].OpenTimeMs.Should().Be(1_502_942_400_000 + 7_200_000);
        loaded.Interval.Should().Be(TimeSpan.FromHours(2));
    }

    [Theory]
    [InlineData("2023-03-01T00:00:00Z")]
    [InlineData("2023-03-01T02:00:00+02:00")]
    [InlineData("1677628800000")]
    [InlineData("1677628800000000")]
    public void Load_IsoAndEpochTimes_ParseToSameInstant(string time)
    {
        var loaded = Read($"date,open,high,low,close,volume\n{time},1,2,0.5,1.5,10\n");

        loaded.Bars.Single().OpenTimeMs.Should().Be(March1);
    }

    [Fact]
    public void Load_Binance12ColumnsMsWithoutHeader_UsesFirstSixColumns()
    {
        var loaded = Read("""
            1677628800000,23143.82,23152.65,23140.02,23152.65,0.26395,1677628859999,6109.1,12,0.1,2314.0,0
            1677628860000,23152.65,23160.00,23150.00,23155.00,1.5,1677628919999,34732.5,20,0.7,16208.5,0
            """);

        loaded.Bars.Should().Equal(
            new Bar(March1, 23143.82m, 23152.65m, 23140.02m, 23152.65m, 0.26395m),
            new Bar(March1 + OneMinute, 23152.65m, 23160.00m, 23150.00m, 23155.00m, 1.5m));
    }

    [Fact]
    public void Load_Binance12ColumnsMicroseconds_ConvertsToMs()
    {
        // Binance spot files dated 2025-01-01 and later carry µs: anything above 10^14 is µs.
        var loaded = Read("""
            1735689600000000,93576.00,93610.93,93537.50,93610.93,8.21827,1735689659999999,768978.4,1110,3.1,290000.1,0
            1735689660000000,93610.93,93652.00,93606.65,93650.01,4.71443,1735689719999999,441400.2,900,2.2,205000.3,0
            """);

        loaded.Bars.Select(b => b.OpenTimeMs).Should().Equal(1_735_689_600_000, 1_735_689_660_000);
        loaded.Bars[0].OpenTime.Should().Be(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        loaded.Interval.Should().Be(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Load_Binance12ColumnsWithHeader_FindsColumnsByName()
    {
        var loaded = Read("""
            open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,taker_buy_quote_volume,ignore
            1677628800000,23143.82,23152.65,23140.02,23152.65,0.26395,1677628859999,6109.1,12,0.1,2314.0,0
            """);

        loaded.Bars.Single().Should().Be(new Bar(March1, 23143.82m, 23152.65m, 23140.02m, 23152.65m, 0.26395m));
    }

    [Theory]
    [InlineData("open_time")]
    [InlineData("timestamp")]
    [InlineData("date")]
    [InlineData("time")]
    [InlineData("datetime")]
    [InlineData("Open Time")]
    [InlineData("TIMESTAMP")]
    public void Load_TimeColumnAliases_Accepted(string timeColumn)
    {
        var loaded = Read($"{timeColumn},open,high,low,close,volume\n2023-03-01 00:00:00,1,2,0.5,1.5,10\n");

        loaded.Bars.Single().OpenTimeMs.Should().Be(March1);
    }

    [Fact]
    public void Load_HeaderInAnyOrderAndCase_LooksColumnsUpByName()
    {
        var loaded = Read("""
            Volume,Close,Low,High,Open,Trades,Date
            10,1.5,0.5,2,1,7,2023-03-01 00:00:00
            """);

        loaded.Bars.Single().Should().Be(new Bar(March1, 1m, 2m, 0.5m, 1.5m, 10m));
    }

    [Fact]
    public void Load_TimestampAndDateColumns_PrefersTimestamp()
    {
        var loaded = Read("date,timestamp,open,high,low,close,volume\n2020-01-01,1677628800000,1,2,0.5,1.5,10\n");

        loaded.Bars.Single().OpenTimeMs.Should().Be(March1);
    }

    [Fact]
    public void Load_QuotedFieldsCrlfBomAndBlankLines_Tolerated()
    {
        var csv = "\uFEFF\"timestamp\",\"open\",\"high\",\"low\",\"close\",\"volume\"\r\n\r\n"
            + "\"2023-03-01 00:00:00\", 1 , 2 , 0.5 , 1.5 , 1e-05 \r\n\r\n";

        var loaded = Read(csv);

        loaded.Bars.Single().Should().Be(new Bar(March1, 1m, 2m, 0.5m, 1.5m, 0.00001m));
    }

    [Fact]
    public void Load_FromFile_ReadsSameAsFromReader()
    {
        var path = Path.Combine(Path.GetTempPath(), $"gridbot-bars-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "timestamp,open,high,low,close,volume\n2023-03-01 00:00:00,1,2,0.5,1.5,10\n");
        try
        {
            var result = BarCsvReader.Load(path);

            result.Value.Bars.Single().Should().Be(new Bar(March1, 1m, 2m, 0.5m, 1.5m, 10m));
            result.Value.Source.Should().Be(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
