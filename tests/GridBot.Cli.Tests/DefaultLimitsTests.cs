namespace GridBot.Cli.Tests;

/// <summary>
/// Defaults a grid user would accept: the README's own example runs to the end of its data with the default risk
/// limits (a dip is not a loss streak), while a limit set tight on purpose still acts.
/// </summary>
public sealed class DefaultLimitsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-defaults-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [SkippableFact]
    public void ReadmeExample_DefaultLimits_RunsToTheEndLikeNoSafety()
    {
        var args = ReadmeExample("defaults");

        var withDefaults = CliRun.Of(args);
        var without = CliRun.Of([.. ReadmeExample("nosafety"), "--no-safety"]);

        withDefaults.ExitCode.Should().Be(0, withDefaults.Err);
        var json = withDefaults.Json();
        json.GetProperty("status").GetString().Should().Be("Running", json.GetProperty("statusReason").GetString());
        json.GetProperty("safetyActions").GetInt32().Should().Be(0);
        json.GetProperty("fills").GetInt32().Should().Be(without.Json().GetProperty("fills").GetInt32()).And.BeGreaterThan(800);
    }

    [SkippableFact]
    public void ReadmeExample_TightDrawdownLimit_Flattens()
    {
        var args = ReadmeExample("tight");

        var run = CliRun.Of([.. args, "--max-drawdown-pct", "2"]);

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("status").GetString().Should().Be("RequiresManualResume");
        json.GetProperty("safetyActions").GetInt32().Should().BeGreaterThan(0);
        var show = CliRun.Of("bots", "show", json.GetProperty("botId").GetString()!, "--db", json.GetProperty("db").GetString()!, "--json").Json();
        show.GetProperty("state").GetProperty("flatten").GetProperty("reason").GetString().Should().Contain("Drawdown");
    }

    /// <summary>The README's paper run on the real 1m bars (skipped when ../shared/data is absent).</summary>
    private string[] ReadmeExample(string name)
    {
        var path = SharedData.Require(SharedData.Btc1m);

        return ["run", "--paper", "--data", path, "--symbol", "BTCUSDC", "--lower", "19500", "--upper", "25000", "--levels", "41",
            "--quote-per-level", "200", "--capital", "10000", "--db", Path.Combine(_dir, name + ".db"), "--json"];
    }
}
