using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

public sealed class DataRootCommandTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Grid = ["--lower", "22000", "--upper", "26000", "--levels", "41", "--slippage-bps", "2", "--json"];

    private readonly DataFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    [SkippableFact]
    public void Backtest_RootOfImportedRealFile_KpisEqualCsv()
    {
        var path = SharedData.Require(SharedData.Btc1m);
        _fx.Import(path, "--symbol", "BTCUSDC").ExitCode.Should().Be(0);

        var fromCsv = CliRun.Of(["backtest", "--data", path, "--symbol", "BTCUSDC", .. Grid]);
        var fromRoot = CliRun.Of(["backtest", .. _fx.RootArgs("BTCUSDC"), .. Grid]);
        var windowCsv = CliRun.Of(["backtest", "--data", path, "--symbol", "BTCUSDC", "--from", "2023-03-05", "--to", "2023-03-12T12:00", .. Grid]);
        var windowRoot = CliRun.Of(["backtest", .. _fx.RootArgs("BTCUSDC"), "--from", "2023-03-05", "--to", "2023-03-12T12:00", .. Grid]);

        output.WriteLine(fromRoot.Err);
        fromRoot.ExitCode.Should().Be(0, fromRoot.Err);
        fromCsv.Json().GetProperty("bars").GetInt32().Should().Be(30_240);
        fromCsv.Json().GetProperty("fills").GetInt32().Should().BePositive();
        DataFixture.Kpis(fromRoot.Json()).Should().Equal(DataFixture.Kpis(fromCsv.Json()));
        windowRoot.ExitCode.Should().Be(0, windowRoot.Err);
        windowCsv.Json().GetProperty("bars").GetInt32().Should().BeLessThan(30_240);
        DataFixture.Kpis(windowRoot.Json()).Should().Equal(DataFixture.Kpis(windowCsv.Json()));
    }

    [SkippableFact]
    public void RunPaper_RootOfImportedRealFile_EqualsCsv()
    {
        var path = SharedData.Require(SharedData.Btc1m);
        _fx.Import(path, "--symbol", "BTCUSDC").ExitCode.Should().Be(0);

        var fromCsv = CliRun.Of(["run", "--paper", "--no-safety", "--db", Path.Combine(_fx.Dir, "a.db"), "--data", path, "--symbol", "BTCUSDC", .. Grid]);
        var fromRoot = CliRun.Of(["run", "--paper", "--no-safety", "--db", Path.Combine(_fx.Dir, "b.db"), .. _fx.RootArgs("BTCUSDC"), .. Grid]);

        fromRoot.ExitCode.Should().Be(0, fromRoot.Err);
        fromCsv.ExitCode.Should().Be(0, fromCsv.Err);
        var csv = fromCsv.Json();
        var root = fromRoot.Json();
        csv.GetProperty("fills").GetInt32().Should().BePositive();
        foreach (var field in new[] { "bars", "fills", "finalEquity", "gridProfit", "fees" })
        {
            root.GetProperty(field).GetRawText().Should().Be(csv.GetProperty(field).GetRawText(), field);
        }

        DataFixture.Kpis(root).Should().Equal(DataFixture.Kpis(csv));
    }

    [Fact]
    public void SweepAndSuggest_Root_EqualCsv()
    {
        var csv = _fx.WriteCsv("a.csv", 4_320);
        _fx.Import(csv).ExitCode.Should().Be(0);
        string[] sweep = ["sweep", "--lower", "24000:24400:200", "--upper", "25600:26000:200", "--levels", "10:20:10", "--json"];

        var sweepCsv = CliRun.Of([.. sweep, "--data", csv]);
        var sweepRoot = CliRun.Of([.. sweep, .. _fx.RootArgs()]);
        var suggestCsv = CliRun.Of("suggest", "--data", csv, "--json");
        var suggestRoot = CliRun.Of(["suggest", .. _fx.RootArgs(), "--json"]);

        sweepRoot.ExitCode.Should().Be(0, sweepRoot.Err);
        sweepCsv.Json().GetProperty("top").GetArrayLength().Should().BePositive();
        sweepRoot.Json().GetProperty("top").GetRawText().Should().Be(sweepCsv.Json().GetProperty("top").GetRawText());
        suggestRoot.ExitCode.Should().Be(0, suggestRoot.Err);
        suggestCsv.ExitCode.Should().Be(0, suggestCsv.Err);
        DataFixture.Kpis(suggestRoot.Json()).Should().Equal(DataFixture.Kpis(suggestCsv.Json()));
    }

    [Fact]
    public void RunPaper_RootWithVenue_ReplaysSeriesInsteadOfLivePrices()
    {
        var csv = _fx.WriteCsv("a.csv", 2_000);
        _fx.Import(csv).ExitCode.Should().Be(0);

        var run = CliRun.Of(["run", "--paper", "--no-safety", "--db", Path.Combine(_fx.Dir, "r.db"), .. _fx.RootArgs(), .. Grid]);

        run.ExitCode.Should().Be(0, run.Err);
        run.Json().GetProperty("bars").GetInt32().Should().Be(2_000);
    }

    [Theory]
    [InlineData("--symbol")]
    [InlineData("--interval")]
    [InlineData("--venue")]
    public void Backtest_RootWithoutSeriesOption_Exits2NamingIt(string left)
    {
        _fx.Import(_fx.WriteCsv("a.csv", 500)).ExitCode.Should().Be(0);
        var args = _fx.RootArgs().ToList();
        var at = args.IndexOf(left);
        args.RemoveRange(at, 2);

        var run = CliRun.Of(["backtest", .. args, .. Grid]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain($"needs {left}");
    }

    [Fact]
    public void Backtest_SeriesNotStored_Exits2NamingIt()
    {
        _fx.Import(_fx.WriteCsv("a.csv", 500)).ExitCode.Should().Be(0);

        var run = CliRun.Of(["backtest", "--data", _fx.Root, "--venue", "bybit", "--symbol", "BTCUSDT", "--interval", "1m", .. Grid]);
        var paper = CliRun.Of(["run", "--paper", "--db", Path.Combine(_fx.Dir, "r.db"), "--data", _fx.Root, "--venue", "binance", "--market", "perp",
            "--symbol", "BTCUSDT", "--interval", "1m", .. Grid]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("Bybit/Spot/BTCUSDT/1m").And.Contain("not stored");
        paper.ExitCode.Should().Be(ExitCodes.BadInput);
        paper.Err.Should().Contain("Binance/Perp/BTCUSDT/1m");
    }

    [Fact]
    public void Backtest_RootWindowWithoutBars_Exits2()
    {
        _fx.Import(_fx.WriteCsv("a.csv", 500)).ExitCode.Should().Be(0);

        var run = CliRun.Of(["backtest", .. _fx.RootArgs(), "--from", "2024-01-01", .. Grid]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("no bars between");
    }

    [Fact]
    public void Backtest_CorruptPartition_Exits2NamingTheFile()
    {
        _fx.Import(_fx.WriteCsv("a.csv", 500)).ExitCode.Should().Be(0);
        var part = DataFixture.PartFiles(_fx.Root).Should().ContainSingle().Subject;
        File.WriteAllText(part, "this is not parquet at all, just garbage bytes");

        var run = CliRun.Of(["backtest", .. _fx.RootArgs(), .. Grid]);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain(part);
    }

    [Fact]
    public void Demo_Root_Exits2PointingToRunPaper()
    {
        _fx.Import(_fx.WriteCsv("a.csv", 500)).ExitCode.Should().Be(0);

        var run = CliRun.Of("demo", "--data", _fx.Root, "--db", Path.Combine(_fx.Dir, "d.db"));

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("run --paper --data ROOT");
    }
}
