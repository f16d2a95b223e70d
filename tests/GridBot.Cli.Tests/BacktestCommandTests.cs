using System.Text.Json;
using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

public sealed class BacktestCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-cli-").FullName;

    private static readonly string[] RequiredFields =
    [
        "bars", "fills", "buys", "sells", "roundTrips", "finalEquity", "returnPct", "gridProfit", "fees",
        "maxDrawdownPct", "sharpe", "buyAndHoldReturnPct", "elapsedMs", "barsPerSecond",
    ];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void Backtest_Json_PrintsExactlyOneObjectWithEveryKpi()
    {
        var run = CliRun.Of("backtest", "--data", "sim:7:5000", "--lower", "24000", "--upper", "26000", "--levels", "21", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.ValueKind.Should().Be(JsonValueKind.Object);
        foreach (var field in RequiredFields)
        {
            json.TryGetProperty(field, out var value).Should().BeTrue(field);
            value.ValueKind.Should().Be(JsonValueKind.Number, field);
        }

        json.GetProperty("bars").GetInt32().Should().Be(5000);
        json.GetProperty("simulated").GetBoolean().Should().BeTrue();
        json.GetProperty("fills").GetInt32().Should().Be(json.GetProperty("buys").GetInt32() + json.GetProperty("sells").GetInt32());
        run.Err.Should().StartWith("Simulated bars (sim:7:5000)");
    }

    [SkippableFact]
    public void Backtest_NoData_FirstLineSaysSimulated()
    {
        var run = CliRun.Of("backtest");

        run.ExitCode.Should().Be(0, run.Err);
        run.Out.Split('\n')[0].Should().StartWith("Simulated bars (sim:42)").And.Contain("not real market data");
        run.Out.Should().Contain("Final equity").And.Contain("baseline heuristic");
    }

    [SkippableFact]
    public void Backtest_Report_WritesHtmlAndFillsCsv()
    {
        var html = Path.Combine(_dir, "out", "report.html");

        var run = CliRun.Of("backtest", "--data", "sim:3:3000", "--lower", "24000", "--upper", "26000", "--levels", "11", "--report", html);

        run.ExitCode.Should().Be(0, run.Err);
        File.ReadAllText(html).Should().Contain("<svg").And.Contain("Final equity");
        File.ReadAllLines(Path.Combine(_dir, "out", "report.fills.csv"))[0].Should().StartWith("time,bar_index,level,side,price");
    }

    [SkippableFact]
    public void Backtest_TooLittleCapital_Exit2NamingNeedAndHave()
    {
        var run = CliRun.Of("backtest", "--data", "sim:1:500", "--lower", "20000", "--upper", "30000", "--levels", "11", "--qty", "0.1", "--capital", "100");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("starting capital 100 is too small").And.Contain("needs");
    }

    [SkippableTheory]
    [InlineData("missing column", "open_time,open,high,low,volume\n2023-03-01 00:00:00+00:00,1,2,0.5,3\n", ":1:")]
    [InlineData("unparsable", "timestamp,open,high,low,close,volume\n2023-03-01 00:00:00,1,2,0.5,1.5,3\n2023-03-01 00:01:00,1,abc,0.5,1.5,3\n", ":3:")]
    [InlineData("high < low", "timestamp,open,high,low,close,volume\n2023-03-01 00:00:00,1,0.4,0.5,0.45,3\n", ":2: high 0.4 < low 0.5")]
    [InlineData("unsorted", "timestamp,open,high,low,close,volume\n2023-03-01 00:01:00,1,2,0.5,1.5,3\n2023-03-01 00:00:00,1,2,0.5,1.5,3\n", ":3:")]
    [InlineData("duplicate", "timestamp,open,high,low,close,volume\n2023-03-01 00:00:00,1,2,0.5,1.5,3\n2023-03-01 00:00:00,1,2,0.5,1.5,3\n", ":3:")]
    public void Backtest_BadCsv_Exit2WithFileAndLine(string _, string csv, string expected)
    {
        var path = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(path, csv);

        var run = CliRun.Of("backtest", "--data", path, "--lower", "1", "--upper", "2", "--levels", "3", "--json");

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain(path + expected);
        run.Out.Should().BeEmpty();
    }

    [SkippableTheory]
    [InlineData("--levels", "1")]
    [InlineData("--mode", "fibonacci")]
    [InlineData("--capital", "-5")]
    [InlineData("--maker-fee-bps", "5000")]
    [InlineData("--from", "yesterday-ish")]
    [InlineData("--data", "sim:x")]
    [InlineData("--data", "/no/such/file.csv")]
    [InlineData("--no-such-option", "1")]
    [InlineData("--levels", "many")]
    [InlineData("--symbol", "NOTASYMBOL")]
    public void Backtest_BadOption_Exit2WithMessage(string option, string value)
    {
        var args = new List<string> { "backtest", "--data", "sim:1:500", "--lower", "24000", "--upper", "26000", "--levels", "11" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = CliRun.Of([.. args]);

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(2);
        run.Err.Should().StartWith("error: ");
    }

    [SkippableFact]
    public void Backtest_PartialGrid_Exit2()
    {
        var run = CliRun.Of("backtest", "--data", "sim:1:500", "--lower", "24000");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("--lower, --upper and --levels");
    }

    [SkippableFact]
    public void Backtest_QtyAndQuote_Exit2()
    {
        var run = CliRun.Of("backtest", "--data", "sim:1:500", "--qty", "1", "--quote-per-level", "5");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("either --qty or --quote-per-level");
    }

    [SkippableFact]
    public void Backtest_FromTo_LimitsBars()
    {
        var run = CliRun.Of("backtest", "--data", "sim:1:2880", "--lower", "24000", "--upper", "26000", "--levels", "11",
            "--from", "2024-01-01T12:00:00Z", "--to", "2024-01-01T23:59:00Z", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        run.Json().GetProperty("bars").GetInt32().Should().Be(720);
    }

    [SkippableFact]
    public void Backtest_RealMinuteFile_MatchesHandCheckedShape()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var run = CliRun.Of("backtest", "--data", path, "--symbol", "BTC/USDC", "--lower", "19500", "--upper", "25000", "--levels", "41", "--quote-per-level", "100", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("bars").GetInt32().Should().Be(30_240);
        json.GetProperty("simulated").GetBoolean().Should().BeFalse();
        json.GetProperty("roundTrips").GetInt32().Should().BeGreaterThan(100);
        json.GetProperty("startPrice").GetDecimal().Should().Be(23_143.82m);
    }

    [SkippableFact]
    public void Backtest_FeesAboveSpacing_Warns()
    {
        var run = CliRun.Of("backtest", "--data", "sim:1:500", "--lower", "24900", "--upper", "25100", "--levels", "41", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        run.Err.Should().Contain("warning: levels are only");
    }

    [SkippableFact]
    public void Backtest_TrailingAndStopLoss_JsonReportsShiftsExitAndInventoryPnl()
    {
        var run = CliRun.Of("backtest", "--data", "sim:7:5000", "--lower", "24800", "--upper", "25200", "--levels", "11",
            "--trailing", "both", "--max-trail-shifts", "4", "--stop-loss", "24000", "--take-profit", "27000", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("trailing").GetString().Should().Be("both");
        json.GetProperty("maxTrailShifts").GetInt32().Should().Be(4);
        json.GetProperty("trailShifts").GetInt32().Should().Be(4, "the simulated market leaves 24,800–25,200 by far more than four levels");
        (json.GetProperty("stopLoss").GetDecimal(), json.GetProperty("takeProfit").GetDecimal()).Should().Be((24_000m, 27_000m));
        json.GetProperty("exitReason").GetString().Should().Be("StopLoss");
        json.GetProperty("exitTimeMs").GetInt64().Should().BeGreaterThan(1_704_067_200_000);
        var inventory = json.GetProperty("finalEquity").GetDecimal() - json.GetProperty("startingCapital").GetDecimal()
            - json.GetProperty("gridProfit").GetDecimal() + json.GetProperty("fees").GetDecimal();
        json.GetProperty("inventoryPnl").GetDecimal().Should().Be(inventory);
        json.GetProperty("sells").GetInt32().Should().BeGreaterThan(json.GetProperty("roundTrips").GetInt32(), "the flatten's sells are sells but not round trips");
    }

    [SkippableFact]
    public void Backtest_NoFeatures_JsonSaysNoTrailingNoExit()
    {
        var run = CliRun.Of("backtest", "--data", "sim:7:2000", "--lower", "24000", "--upper", "26000", "--levels", "11", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("trailing").GetString().Should().Be("none");
        json.GetProperty("trailShifts").GetInt32().Should().Be(0);
        foreach (var field in new[] { "maxTrailShifts", "stopLoss", "takeProfit", "exitReason", "exitTimeMs" })
        {
            json.GetProperty(field).ValueKind.Should().Be(JsonValueKind.Null, field);
        }
    }

    [SkippableFact]
    public void Backtest_Table_SplitsEquityChangeAndShowsShiftsAndExit()
    {
        var run = CliRun.Of("backtest", "--data", "sim:7:5000", "--lower", "24800", "--upper", "25200", "--levels", "11", "--trailing", "up",
            "--stop-loss", "24000");

        run.ExitCode.Should().Be(0, run.Err);
        run.Out.Should().Contain("Round-trip profit (before fees)").And.Contain("Inventory PnL (unrealized)").And.Contain("Fees")
            .And.Contain("Trail shifts").And.Contain("StopLoss at 2024-01-0").And.Contain("trailing up (at most 10 shifts), stop-loss 24000");
    }

    [SkippableTheory]
    [InlineData("--trailing sideways", "--trailing")]
    [InlineData("--max-trail-shifts 5", "--max-trail-shifts needs --trailing")]
    [InlineData("--trailing up --max-trail-shifts 0", "--max-trail-shifts 0 must be from 1 to 10000")]
    [InlineData("--trailing down --max-trail-shifts 10001", "--max-trail-shifts")]
    [InlineData("--stop-loss -5", "--stop-loss must be > 0")]
    [InlineData("--stop-loss 24000", "--stop-loss 24000 must be below the grid's lower bound 24000")]
    [InlineData("--take-profit 25999", "--take-profit 25999 must be above the grid's upper bound 26000")]
    [InlineData("--max-trail-shifts many", "--max-trail-shifts")]
    public void Backtest_BadGridFeature_Exit2NamingTheOption(string options, string expected)
    {
        string[] args = ["backtest", "--data", "sim:1:500", "--lower", "24000", "--upper", "26000", "--levels", "11", .. options.Split(' ')];

        var run = CliRun.Of(args);

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(2);
        run.Err.Should().StartWith("error: ").And.Contain(expected);
        run.Out.Should().BeEmpty();
    }

    [SkippableFact]
    public void Backtest_StopLossAboveHeuristicRange_Exit2NamingTheOption()
    {
        var run = CliRun.Of("backtest", "--data", "sim:1:2000", "--stop-loss", "99999");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("error: --stop-loss 99999 must be below the grid's lower bound");
    }
}
