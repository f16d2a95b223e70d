using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

public sealed class RunAndBotsCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-run-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Db => Path.Combine(_dir, "bots.db");

    [Fact]
    public void RunPaper_Json_HasBacktestFieldsPlusRuntimeCounts()
    {
        var run = CliRun.Of("run", "--paper", "--data", "sim:4:3000", "--lower", "24000", "--upper", "26000", "--levels", "21", "--db", Db, "--json");

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        foreach (var field in new[] { "bars", "fills", "buys", "sells", "roundTrips", "finalEquity", "returnPct", "gridProfit", "fees", "maxDrawdownPct",
            "sharpe", "buyAndHoldReturnPct", "elapsedMs", "barsPerSecond", "orders", "cancels", "safetyActions" })
        {
            json.TryGetProperty(field, out _).Should().BeTrue(field);
        }

        json.GetProperty("botId").GetString().Should().Be("paper1");
        json.GetProperty("ledgerFills").GetInt32().Should().Be(json.GetProperty("fills").GetInt32());
    }

    [Fact]
    public void RunPaper_MatchesBacktestOnSameBars()
    {
        string[] grid = ["--data", "sim:8:4000", "--lower", "24000", "--upper", "26000", "--levels", "31", "--slippage-bps", "3", "--json"];
        var backtest = CliRun.Of(["backtest", .. grid]).Json();
        var paper = CliRun.Of(["run", "--paper", "--no-safety", "--db", Db, .. grid]).Json();

        foreach (var field in new[] { "fills", "buys", "sells", "roundTrips", "finalEquity", "gridProfit", "fees", "returnPct" })
        {
            paper.GetProperty(field).GetDecimal().Should().Be(backtest.GetProperty(field).GetDecimal(), field);
        }
    }

    [Fact]
    public void Run_NeitherPaperNorLive_Exit2NamesTheChoice()
    {
        var run = CliRun.Of("run", "--data", "sim:1:100");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("--paper");
    }

    [Fact]
    public void Demo_ThenBotsListShowFills_ReadTheSameState()
    {
        var report = Path.Combine(_dir, "demo.html");
        var demo = CliRun.Of("demo", "--data", "sim:5:5000", "--db", Db, "--report", report, "--json");
        output.WriteLine(demo.Err);
        demo.ExitCode.Should().Be(0, demo.Err);
        var botId = demo.Json().GetProperty("botId").GetString();
        botId.Should().Be("demo1");
        File.Exists(report).Should().BeTrue();

        var list = CliRun.Of("bots", "list", "--db", Db, "--json");
        list.ExitCode.Should().Be(0, list.Err);
        list.Json().EnumerateArray().Select(b => b.GetProperty("botId").GetString()).Should().Equal("demo1");

        var show = CliRun.Of("bots", "show", "demo1", "--db", Db);
        show.ExitCode.Should().Be(0, show.Err);
        show.Out.Should().Contain("Position").And.Contain("Orders / cancels / fills");

        var fills = CliRun.Of("bots", "fills", "demo1", "--db", Db, "--json");
        fills.ExitCode.Should().Be(0, fills.Err);
        fills.Json().GetArrayLength().Should().Be(demo.Json().GetProperty("fills").GetInt32());

        CliRun.Of("demo", "--data", "sim:5:2000", "--db", Db, "--json").Json().GetProperty("botId").GetString().Should().Be("demo2");
    }

    [Fact]
    public void Bots_UnknownBotOrDb_Exit2()
    {
        CliRun.Of("bots", "list", "--db", Path.Combine(_dir, "none.db")).ExitCode.Should().Be(2);
        CliRun.Of("run", "--paper", "--data", "sim:4:500", "--lower", "24000", "--upper", "26000", "--levels", "5", "--db", Db, "--json").ExitCode.Should().Be(0);
        var show = CliRun.Of("bots", "show", "nobody", "--db", Db);
        show.ExitCode.Should().Be(2);
        show.Err.Should().Contain("no bot 'nobody'");
    }
}
