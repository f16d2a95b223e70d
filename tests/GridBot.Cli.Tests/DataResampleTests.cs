using System.Globalization;
using System.Text;
using GridBot.Backtesting.Data;
using GridBot.Core.Market;

namespace GridBot.Cli.Tests;

/// <summary><c>--data ROOT --interval 15m</c> when only finer bars are stored: resampled, and equal to the same bars stored as 15m.</summary>
public sealed class DataResampleTests : IDisposable
{
    private static readonly string[] Grid = ["--lower", "24000", "--upper", "26000", "--levels", "21", "--slippage-bps", "2", "--json"];

    private readonly DataFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    private string Coarse => Path.Combine(_fx.Dir, "coarse");

    [Fact]
    public void Backtest_Root15mFromStored1m_EqualsBarsImportedAs15m()
    {
        var csv = _fx.WriteCsv("a.csv", 4_320, skipFrom: 1_003, skipCount: 50);
        _fx.Import(csv).ExitCode.Should().Be(0);
        var fifteen = WriteResampled(csv, TimeSpan.FromMinutes(15), "a15.csv");
        _fx.Import(fifteen, "--interval", "15m", "--out", Coarse).ExitCode.Should().Be(0);

        var fromFine = CliRun.Of(["backtest", .. Args(_fx.Root, "15m"), .. Grid]);
        var fromCoarse = CliRun.Of(["backtest", .. Args(Coarse, "15m"), .. Grid]);
        var fromCsv = CliRun.Of(["backtest", "--data", fifteen, .. Grid]);

        fromFine.ExitCode.Should().Be(0, fromFine.Err);
        fromFine.Err.Should().Contain("resampled from 1m");
        fromCoarse.Err.Should().NotContain("resampled");
        fromFine.Json().GetProperty("bars").GetInt32().Should().Be((4_320 / 15) - 3, "the 50-minute hole empties three whole 15m buckets");
        fromFine.Json().GetProperty("fills").GetInt32().Should().BePositive();
        DataFixture.Kpis(fromFine.Json()).Should().Equal(DataFixture.Kpis(fromCoarse.Json()));
        DataFixture.Kpis(fromFine.Json()).Should().Equal(DataFixture.Kpis(fromCsv.Json()));
    }

    [Theory]
    [InlineData("2023-03-01T05:07", "2023-03-02T10:00")]
    [InlineData("2023-03-01T05:15", "2023-03-02T09:59")]
    public void Backtest_WindowOnResampledRoot_EqualsWindowOn15m(string from, string to)
    {
        var csv = _fx.WriteCsv("a.csv", 4_320);
        _fx.Import(csv).ExitCode.Should().Be(0);
        _fx.Import(WriteResampled(csv, TimeSpan.FromMinutes(15), "a15.csv"), "--interval", "15m", "--out", Coarse).ExitCode.Should().Be(0);
        string[] window = ["--from", from, "--to", to];

        var fromFine = CliRun.Of(["backtest", .. Args(_fx.Root, "15m"), .. window, .. Grid]);
        var fromCoarse = CliRun.Of(["backtest", .. Args(Coarse, "15m"), .. window, .. Grid]);

        fromFine.ExitCode.Should().Be(0, fromFine.Err);
        fromCoarse.ExitCode.Should().Be(0, fromCoarse.Err);
        fromFine.Json().GetProperty("bars").GetInt32().Should().BeLessThan(4_320 / 15);
        DataFixture.Kpis(fromFine.Json()).Should().Equal(DataFixture.Kpis(fromCoarse.Json()));
    }

    [Fact]
    public void SweepSuggestRun_Root15mFromStored1m_WorkAndSweepEqualsStored15m()
    {
        var csv = _fx.WriteCsv("a.csv", 4_320);
        _fx.Import(csv).ExitCode.Should().Be(0);
        _fx.Import(WriteResampled(csv, TimeSpan.FromMinutes(15), "a15.csv"), "--interval", "15m", "--out", Coarse).ExitCode.Should().Be(0);
        string[] sweep = ["sweep", "--lower", "24000:24400:200", "--upper", "25600:26000:200", "--levels", "10:20:10", "--json"];

        var sweepFine = CliRun.Of([.. sweep, .. Args(_fx.Root, "15m")]);
        var sweepCoarse = CliRun.Of([.. sweep, .. Args(Coarse, "15m")]);
        var suggest = CliRun.Of(["suggest", .. Args(_fx.Root, "15m"), "--json"]);
        var paper = CliRun.Of(["run", "--paper", "--no-safety", "--db", Path.Combine(_fx.Dir, "r.db"), .. Args(_fx.Root, "15m"), .. Grid]);

        sweepFine.ExitCode.Should().Be(0, sweepFine.Err);
        sweepFine.Json().GetProperty("top").GetRawText().Should().Be(sweepCoarse.Json().GetProperty("top").GetRawText());
        suggest.ExitCode.Should().Be(0, suggest.Err);
        paper.ExitCode.Should().Be(0, paper.Err);
        paper.Json().GetProperty("bars").GetInt32().Should().Be(4_320 / 15);
    }

    [Fact]
    public void Backtest_SeveralFinerStored_ResamplesTheFinest()
    {
        var csv = _fx.WriteCsv("a.csv", 1_440);
        _fx.Import(csv).ExitCode.Should().Be(0);
        _fx.Import(WriteResampled(csv, TimeSpan.FromMinutes(5), "a5.csv"), "--interval", "5m").ExitCode.Should().Be(0);

        var run = CliRun.Of(["backtest", .. Args(_fx.Root, "1h"), .. Grid]);

        run.ExitCode.Should().Be(0, run.Err);
        run.Err.Should().Contain("resampled from 1m");
        run.Json().GetProperty("bars").GetInt32().Should().Be(24);
    }

    [Theory]
    [InlineData("1m")]
    [InlineData("7m")]
    public void Backtest_NoFinerIntervalDivides_Exits2NamingIt(string interval)
    {
        var csv = _fx.WriteCsv("a.csv", 600);
        _fx.Import(WriteResampled(csv, TimeSpan.FromMinutes(5), "a5.csv"), "--interval", "5m").ExitCode.Should().Be(0);

        var run = CliRun.Of(["backtest", .. Args(_fx.Root, interval), .. Grid]);

        run.ExitCode.Should().Be(ExitCodes.BadInput, run.Err);
        run.Err.Should().Contain("not stored").And.Contain("finer interval");
    }

    private static string[] Args(string root, string interval) => ["--data", root, "--venue", "binance", "--symbol", "BTCUSDT", "--interval", interval];

    private string WriteResampled(string csv, TimeSpan target, string name)
    {
        var loaded = BarCsvReader.Load(csv, CancellationToken.None);
        loaded.IsSuccess.Should().BeTrue();
        var resampled = BarResampler.Resample(loaded.Value.Bars, target);
        resampled.IsSuccess.Should().BeTrue();
        var text = new StringBuilder("open_time,open,high,low,close,volume\n");
        foreach (var b in resampled.Value)
        {
            text.Append(CultureInfo.InvariantCulture, $"{b.OpenTimeMs},{b.Open},{b.High},{b.Low},{b.Close},{b.Volume}\n");
        }

        var path = Path.Combine(_fx.Dir, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
