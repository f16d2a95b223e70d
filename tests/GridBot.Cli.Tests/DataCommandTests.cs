using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

public sealed class DataCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly DataFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    [SkippableFact]
    public void Import_RealFileTwice_SecondAddsNothingAndShowListsAllBars()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var first = _fx.Import(path, "--json");
        var second = _fx.Import(path, "--json");
        var show = CliRun.Of("data", "show", "--data", _fx.Root, "--json");
        var gaps = CliRun.Of("data", "gaps", "--data", _fx.Root, "--json");

        first.ExitCode.Should().Be(0, first.Err);
        first.Json().GetProperty("barsAdded").GetInt32().Should().Be(30_240);
        first.Json().GetProperty("daysWritten").GetInt32().Should().Be(21);
        second.ExitCode.Should().Be(0, second.Err);
        second.Json().GetProperty("barsAdded").GetInt32().Should().Be(0);
        second.Json().GetProperty("barsChanged").GetInt32().Should().Be(0);
        second.Json().GetProperty("daysWritten").GetInt32().Should().Be(0);
        var series = show.Json().GetProperty("series").EnumerateArray().Should().ContainSingle().Subject;
        series.GetProperty("symbol").GetString().Should().Be("BTCUSDT");
        series.GetProperty("interval").GetString().Should().Be("1m");
        series.GetProperty("bars").GetInt64().Should().Be(30_240);
        series.GetProperty("first").GetString().Should().Be("2023-03-01T00:00:00Z");
        series.GetProperty("last").GetString().Should().Be("2023-03-21T23:59:00Z");
        gaps.Json().GetProperty("series")[0].GetProperty("gaps").GetArrayLength().Should().Be(0);
    }

    [SkippableFact]
    public void Gaps_DayPartitionDeleted_ShowsThatDayMissing()
    {
        var path = SharedData.Require(SharedData.Btc1m);
        _fx.Import(path).ExitCode.Should().Be(0);
        var day = Directory.GetDirectories(_fx.Root, "dt=2023-03-10", SearchOption.AllDirectories).Should().ContainSingle().Subject;
        Directory.Delete(day, recursive: true);

        var gaps = CliRun.Of("data", "gaps", "--data", _fx.Root, "--json");
        var text = CliRun.Of("data", "gaps", "--data", _fx.Root);

        gaps.ExitCode.Should().Be(0, gaps.Err);
        var gap = gaps.Json().GetProperty("series")[0].GetProperty("gaps").EnumerateArray().Should().ContainSingle().Subject;
        gap.GetProperty("from").GetString().Should().Be("2023-03-10T00:00:00Z");
        gap.GetProperty("to").GetString().Should().Be("2023-03-11T00:00:00Z");
        gap.GetProperty("bars").GetInt64().Should().Be(1_440);
        text.Out.Should().Contain("1,440 missing bars");
    }

    [Fact]
    public void Gaps_CsvWithMissingHour_ShowsThatHour()
    {
        var csv = _fx.WriteCsv("hole.csv", 600, skipFrom: 120, skipCount: 60);
        var import = _fx.Import(csv, "--json");

        var gaps = CliRun.Of("data", "gaps", "--data", _fx.Root, "--json");

        import.ExitCode.Should().Be(0, import.Err);
        import.Json().GetProperty("barsAdded").GetInt32().Should().Be(540);
        var series = gaps.Json().GetProperty("series")[0];
        series.GetProperty("missingBars").GetInt64().Should().Be(60);
        var gap = series.GetProperty("gaps").EnumerateArray().Should().ContainSingle().Subject;
        gap.GetProperty("from").GetString().Should().Be("2023-03-01T02:00:00Z");
        gap.GetProperty("to").GetString().Should().Be("2023-03-01T03:00:00Z");
    }

    [Fact]
    public void Import_ChangedBar_CountsItChanged()
    {
        _fx.Import(_fx.WriteCsv("a.csv", 300)).ExitCode.Should().Be(0);
        var csv = _fx.WriteCsv("b.csv", 301);
        File.WriteAllText(csv, File.ReadAllText(csv).Replace(",1.5\n", ",99.5\n", StringComparison.Ordinal));

        var again = _fx.Import(csv, "--json");

        again.ExitCode.Should().Be(0, again.Err);
        again.Json().GetProperty("barsAdded").GetInt32().Should().Be(1);
        again.Json().GetProperty("barsChanged").GetInt32().Should().Be(60);
    }

    [Fact]
    public void Import_CsvWithBadLine_Exits2NamingFileLineAndWritesNothing()
    {
        var csv = _fx.WriteCsv("bad.csv", 200);
        var lines = File.ReadAllLines(csv);
        lines[50] = "1677631740000,abc,1,1,1,1";
        File.WriteAllLines(csv, lines);

        var run = _fx.Import(csv);

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain($"{csv}:51");
        DataFixture.PartFiles(_fx.Root).Should().BeEmpty();
    }

    [Theory]
    [InlineData("--venue", "kraken", "--venue 'kraken'")]
    [InlineData("--interval", "1M", "--interval")]
    [InlineData("--market", "futures", "--market 'futures'")]
    public void Import_BadSeriesOption_Exits2NamingIt(string option, string value, string named)
    {
        var csv = _fx.WriteCsv("a.csv", 100);

        var run = _fx.Import(csv, option, value);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain(named);
        DataFixture.PartFiles(_fx.Root).Should().BeEmpty();
    }

    [Fact]
    public void Import_IntervalNotTheFiles_Exits2()
    {
        var csv = _fx.WriteCsv("a.csv", 100);

        var run = CliRun.Of("data", "import", csv, "--venue", "bybit", "--symbol", "ETHUSDT", "--interval", "5m", "--out", _fx.Root);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("not --interval 5m");
    }

    [Fact]
    public void Import_WithoutVenueOrSymbol_Exits2NamingThem()
    {
        var csv = _fx.WriteCsv("a.csv", 100);

        var run = CliRun.Of("data", "import", csv, "--interval", "1m", "--out", _fx.Root);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("--venue").And.Contain("--symbol");
    }

    [Fact]
    public void Show_CorruptPartition_Exits2NamingTheFile()
    {
        _fx.Import(_fx.WriteCsv("a.csv", 100)).ExitCode.Should().Be(0);
        var part = DataFixture.PartFiles(_fx.Root).Should().ContainSingle().Subject;
        File.WriteAllBytes(part, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);

        var show = CliRun.Of("data", "show", "--data", _fx.Root);
        var gaps = CliRun.Of("data", "gaps", "--data", _fx.Root, "--json");

        show.ExitCode.Should().Be(ExitCodes.BadInput);
        show.Err.Should().Contain(part);
        gaps.ExitCode.Should().Be(ExitCodes.BadInput);
        gaps.Err.Should().Contain(part);
    }

    [Fact]
    public void Show_NotAFolder_Exits2()
    {
        var run = CliRun.Of("data", "show", "--data", Path.Combine(_fx.Dir, "nope"));

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("nope");
    }

    [Fact]
    public void Show_Table_ListsSeriesWithCanonicalSymbol()
    {
        CliRun.Of("data", "import", _fx.WriteCsv("a.csv", 100), "--venue", "bybit", "--market", "perp", "--symbol", "eth/usdt", "--interval", "1m", "--out", _fx.Root)
            .ExitCode.Should().Be(0);

        var show = CliRun.Of("data", "show", "--data", _fx.Root);

        show.ExitCode.Should().Be(0, show.Err);
        show.Out.Should().Contain("bybit").And.Contain("perp").And.Contain("ETHUSDT").And.Contain("2023-03-01T01:39:00Z");
    }
}
