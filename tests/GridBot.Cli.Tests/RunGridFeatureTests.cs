namespace GridBot.Cli.Tests;

/// <summary><c>run</c> and <c>demo</c> take the trailing and exit options and agree with <c>backtest</c> on them.</summary>
public sealed class RunGridFeatureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-features-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("--trailing", "both", "--max-trail-shifts", "6")]
    [InlineData("--stop-loss", "23000", "--take-profit", "26500")]
    public void RunPaper_WithFeatures_MatchesBacktest(string option1, string value1, string option2, string value2)
    {
        string[] grid = ["--data", "sim:42:20000", "--lower", "23500", "--upper", "26000", "--levels", "26", "--slippage-bps", "3", option1, value1, option2, value2, "--json"];
        var backtest = CliRun.Of(["backtest", .. grid]);
        var paper = CliRun.Of(["run", "--paper", "--no-safety", "--db", Path.Combine(_dir, "f.db"), .. grid]);

        backtest.ExitCode.Should().Be(0, backtest.Err);
        paper.ExitCode.Should().Be(0, paper.Err);
        var b = backtest.Json();
        var p = paper.Json();
        foreach (var field in new[] { "fills", "buys", "sells", "roundTrips", "finalEquity", "gridProfit", "fees", "inventoryPnl", "trailShifts" })
        {
            p.GetProperty(field).GetDecimal().Should().Be(b.GetProperty(field).GetDecimal(), field);
        }

        p.GetProperty("exitReason").ToString().Should().Be(b.GetProperty("exitReason").ToString());
        (p.GetProperty("trailShifts").GetInt32() > 0 || p.GetProperty("exitReason").ValueKind != System.Text.Json.JsonValueKind.Null)
            .Should().BeTrue("the case must trail or exit");
    }

    [Theory]
    [InlineData("--stop-loss", "24000", "--stop-loss 24000 must be below the grid's lower bound 23500")]
    [InlineData("--take-profit", "25000", "--take-profit 25000 must be above the grid's upper bound 26000")]
    [InlineData("--trailing", "sideways", "--trailing 'sideways'")]
    [InlineData("--max-trail-shifts", "3", "--max-trail-shifts needs --trailing")]
    public void Run_BadFeatureOption_Exit2NamingIt(string option, string value, string named)
    {
        var run = CliRun.Of("run", "--paper", "--data", "sim:1:500", "--lower", "23500", "--upper", "26000", "--levels", "11", "--db", Path.Combine(_dir, "bad.db"), option, value);

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain(named);
    }
}
