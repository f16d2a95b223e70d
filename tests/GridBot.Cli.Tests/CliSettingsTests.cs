using Microsoft.Extensions.Configuration;

namespace GridBot.Cli.Tests;

/// <summary>Settings come from configuration once, are validated before any command runs, and a bad one exits 2 naming it.</summary>
public class CliSettingsTests
{
    [Theory]
    [InlineData("Exchange:RecvWindowMs", "0", "Exchange:RecvWindowMs")]
    [InlineData("Exchange:RecvWindowMs", "soon", "Exchange:RecvWindowMs")]
    [InlineData("Exchange:BaseUrl", "ftp://example", "Exchange:BaseUrl")]
    [InlineData("Exchange:ApiKey", "key-without-secret", "Exchange:ApiSecret")]
    [InlineData("GridBot:RolloutStage", "6", "GridBot:RolloutStage")]
    [InlineData("GridBot:Exposure:PerPairFraction", "0.5", "GridBot:Exposure:PerPairFraction")]
    public void Run_BadSetting_ExitsTwoNamingIt(string key, string value, string named)
    {
        var run = Run(new() { [key] = value }, "sweep", "--help");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("configuration:").And.Contain(named);
    }

    [Fact]
    public void Load_GoodSettings_BindsThem()
    {
        var settings = CliSettings.Load(Configuration(new()
        {
            ["Exchange:ApiKey"] = "k",
            ["Exchange:ApiSecret"] = "s",
            ["Exchange:BaseUrl"] = "http://127.0.0.1:9/",
            ["Exchange:RecvWindowMs"] = "7000",
            ["GridBot:RolloutStage"] = "3",
        }), out var problem);

        problem.Should().BeNull();
        settings.Exchange.HasCredentials().Should().BeTrue();
        settings.Exchange.BaseUri().Should().Be(new Uri("http://127.0.0.1:9/"));
        settings.Exchange.RecvWindowMs.Should().Be(7000);
        settings.GridBot.RolloutStage.Should().Be(3);
    }

    [Fact]
    public void Run_LiveWithoutKeysInConfiguration_ExitsTwoNamingTheSettings()
    {
        var run = Run(new(), "run", "--live", "--venue", "binance", "--symbol", "BTCUSDT", "--lower", "1", "--upper", "2", "--levels", "3");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("Exchange__ApiKey");
    }

    private static CliRun Run(Dictionary<string, string?> values, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Gridbot.Run(args, new CliConsole(output, error, interactive: false), Configuration(values));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
