using GridBot.Cli.Serve;
using Microsoft.Extensions.Configuration;

namespace GridBot.Cli.Tests.Serve;

/// <summary><c>gridbot serve</c> refuses to start on bad settings or URLs: exit 2, the setting named, no key printed.</summary>
public class ServeCommandTests
{
    [Theory]
    [InlineData(null, "Api:Keys: set at least one key")]
    [InlineData("short-key", "Api:Keys:0 is shorter than 16 characters")]
    [InlineData("   padded-key-0123456789   ", "Api:Keys:0 starts or ends with whitespace")]
    public async Task Run_BadApiKeys_ExitsTwoNamingTheSettingNotTheKey(string? key, string named)
    {
        var run = await RunAsync(key is null ? [] : new() { ["Api:Keys:0"] = key });

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("configuration:").And.Contain(named);
        if (key is not null)
        {
            run.Err.Should().NotContain(key.Trim());
        }
    }

    [Fact]
    public async Task Run_SecondKeyShort_NamesItsIndex()
    {
        var run = await RunAsync(new() { ["Api:Keys:0"] = "good-key-0123456789", ["Api:Keys:1"] = "tiny" });

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("Api:Keys:1").And.NotContain("Api:Keys:0").And.NotContain("tiny");
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("not a url")]
    public async Task Run_BadUrls_ExitsTwo(string urls)
    {
        var run = await RunAsync(new() { ["Api:Keys:0"] = "good-key-0123456789" }, "--urls", urls);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Err.Should().Contain("--urls");
    }

    [Fact]
    public void Gridbot_HasTheServeCommand()
    {
        var run = CliRun.Of("serve", "--help");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Out.Should().Contain("--urls").And.Contain("127.0.0.1:8080");
    }

    [Fact]
    public void Problems_GoodKeys_None()
    {
        var options = new ApiOptions();
        options.Keys.Add("good-key-0123456789");

        options.Problems().Should().BeEmpty();
    }

    private static async Task<CliRun> RunAsync(Dictionary<string, string?> settings, params string[] args)
    {
        settings["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"gridbot-serve-cmd-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var command = new ServeCommand(new CliConsole(output, error, interactive: false), configuration).Build();
        var code = await command.Parse(args).InvokeAsync();
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
