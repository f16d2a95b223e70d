using System.Text.Json;
using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

public class SweepAndSuggestTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Sweep_Json_TopKRankedByReturn()
    {
        var run = CliRun.Of("sweep", "--data", "sim:5:4000", "--lower", "23000:24500:500", "--upper", "25500:27000:500", "--levels", "10:30:10",
            "--mode", "arithmetic,geometric", "--top", "5", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("settings").GetInt32().Should().Be(4 * 4 * 3 * 2);
        var top = json.GetProperty("top").EnumerateArray().ToList();
        top.Should().HaveCount(5);
        top.Select(t => t.GetProperty("returnPct").GetDecimal()).Should().BeInDescendingOrder();
        top.Select(t => t.GetProperty("rank").GetInt32()).Should().Equal(1, 2, 3, 4, 5);
    }

    [SkippableTheory]
    [InlineData("sharpe")]
    [InlineData("calmar")]
    public void Sweep_RankBy_OrdersByThatScore(string by)
    {
        var run = CliRun.Of("sweep", "--data", "sim:5:4000", "--lower", "23000:24000:500", "--upper", "26000", "--levels", "10:20:10", "--by", by, "--json");

        run.ExitCode.Should().Be(0, run.Err);
        run.Json().GetProperty("top").EnumerateArray().Select(t => t.GetProperty(by).GetDouble()).Should().BeInDescendingOrder();
    }

    [SkippableTheory]
    [InlineData("--lower", "a:b")]
    [InlineData("--by", "luck")]
    [InlineData("--mode", "arithmetic,spiral")]
    [InlineData("--levels", "1:3")]
    [InlineData("--trailing", "none,sideways")]
    [InlineData("--max-trail-shifts", "5")]
    [InlineData("--stop-loss", "a:b")]
    [InlineData("--take-profit", "-5")]
    [InlineData("--stop-loss", "30000")]
    public void Sweep_BadOption_Exit2(string option, string value)
    {
        var args = new List<string> { "sweep", "--data", "sim:1:500", "--lower", "23000", "--upper", "26000", option, value };

        var run = CliRun.Of([.. args]);

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain(option);
    }

    [SkippableFact]
    public void Sweep_TrailingAndTriggerDimensions_RowsCarryTheirValues()
    {
        // Stop-losses 23000…24500 against lower 24000: 24000 and 24500 are not below it, for each of the three trailing settings.
        var run = CliRun.Of("sweep", "--data", "sim:5:3000", "--lower", "24000", "--upper", "26000", "--levels", "10", "--mode", "arithmetic",
            "--trailing", "none,both", "--max-trail-shifts", "5:10:5", "--stop-loss", "23000:24500:500", "--top", "100", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("settings").GetInt32().Should().Be(3 * 2);
        json.GetProperty("skippedTriggers").GetInt32().Should().Be(3 * 2);
        var rows = json.GetProperty("top").EnumerateArray()
            .Select(t => (t.GetProperty("trailing").GetString(), Shifts(t.GetProperty("maxTrailShifts")), t.GetProperty("stopLoss").GetDecimal()))
            .ToList();
        rows.Should().BeEquivalentTo(new[]
        {
            ("none", (int?)null, 23_000m), ("none", null, 23_500m), ("both", 5, 23_000m), ("both", 5, 23_500m), ("both", 10, 23_000m), ("both", 10, 23_500m),
        });
        json.GetProperty("top").EnumerateArray().Should().OnlyContain(t => t.GetProperty("takeProfit").ValueKind == JsonValueKind.Null);
    }

    [SkippableFact]
    public void Sweep_TableWithDimensions_ShowsTheirColumnsAndTheSkippedCount()
    {
        var run = CliRun.Of("sweep", "--data", "sim:5:2000", "--lower", "24000", "--upper", "26000", "--levels", "10", "--mode", "arithmetic",
            "--trailing", "up", "--take-profit", "25000:27000:1000");

        run.ExitCode.Should().Be(0, run.Err);
        run.Out.Should().Contain("Trailing").And.Contain("Max shifts").And.Contain("Take-profit").And.Contain("Exit")
            .And.Contain("2 combinations left out: stop-loss not below the lower bound or take-profit not above the upper bound");
    }

    [SkippableFact]
    public void Sweep_TableWithoutDimensions_NoTrailingColumns()
    {
        var run = CliRun.Of("sweep", "--data", "sim:5:1000", "--lower", "24000", "--upper", "26000", "--levels", "10", "--mode", "arithmetic");

        run.ExitCode.Should().Be(0, run.Err);
        run.Out.Should().NotContain("Trailing").And.NotContain("Stop-loss").And.NotContain("left out");
    }

    [SkippableFact]
    public void Sweep_Table_ShowsProgressFreeSummary()
    {
        var run = CliRun.Of("sweep", "--data", "sim:5:2000", "--lower", "24000", "--upper", "26000", "--levels", "10:20:10");

        run.ExitCode.Should().Be(0, run.Err);
        run.Out.Should().Contain("settings ran").And.Contain("Return %");
    }

    [SkippableFact]
    public void Suggest_Simulated_JsonWithConfirmation()
    {
        var run = CliRun.Of("suggest", "--data", "sim:9:10000", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("primaryTimeframe").GetString().Should().Be("15m");
        json.GetProperty("confirmTimeframe").GetString().Should().Be("5m");
        json.GetProperty("lower").GetDecimal().Should().BeLessThan(json.GetProperty("upper").GetDecimal());
        var levels = json.GetProperty("levels").GetInt32();
        levels.Should().BeInRange(2, 12);
        if (levels is not (8 or 10 or 12))
        {
            json.GetProperty("reason").GetString().Should().Contain("capped at", "fewer levels than the seed's table only to clear fees");
        }

        var step = (json.GetProperty("upper").GetDecimal() - json.GetProperty("lower").GetDecimal()) / (levels - 1);
        (step / json.GetProperty("upper").GetDecimal()).Should().BeGreaterThanOrEqualTo(0.004m, "levels stay two round-trip fees apart");
        json.GetProperty("confirmed").ValueKind.Should().BeOneOf(JsonValueKind.True, JsonValueKind.False);
    }

    [SkippableFact]
    public void Suggest_RealMinuteFile_UsesLatestFifteenMinuteBars()
    {
        var path = SharedData.Require(SharedData.Btc1m);

        var run = CliRun.Of("suggest", "--data", path, "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        var price = json.GetProperty("price").GetDecimal();
        price.Should().Be(28_181.27m, "the close of the last 15m bar is the close of the file's last 1m bar");
        json.GetProperty("lower").GetDecimal().Should().BeLessThan(price);
        json.GetProperty("upper").GetDecimal().Should().BeGreaterThan(price);
    }

    [SkippableFact]
    public void Help_ListsCommands()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("backtest").And.Contain("sweep").And.Contain("suggest");
    }

    private static int? Shifts(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();
}
