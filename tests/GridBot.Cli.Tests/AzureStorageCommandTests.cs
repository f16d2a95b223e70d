using GridBot.Testing;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

/// <summary><c>Storage__Kind=Azure</c>: <c>gridbot run</c> and <c>gridbot bots</c> keep bots in Azure tables and blobs (the project's Azurite).</summary>
public sealed class AzureStorageCommandTests(ITestOutputHelper output) : IAsyncLifetime
{
    private Azurite? _azurite;

    private Azurite Server => _azurite ?? throw new InvalidOperationException("Azurite is not started");

    public async Task InitializeAsync() => _azurite = await Azurite.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    [Fact]
    public void RunPaperThenBots_OnAzureStorage_StateFillsAndRegistryLiveThere()
    {
        var settings = Azure(Server.ConnectionString);

        var run = Run(settings, "run", "--paper", "--data", "sim:4:400", "--lower", "24000", "--upper", "26000", "--levels", "9", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        run.Json().GetProperty("db").GetString().Should().StartWith("Azure storage at http://127.0.0.1:");
        var fills = run.Json().GetProperty("fills").GetInt32();
        fills.Should().BePositive();
        var list = Run(settings, "bots", "list", "--json");
        list.ExitCode.Should().Be(0, list.Err);
        list.Json().EnumerateArray().Select(b => b.GetProperty("botId").GetString()).Should().Equal("paper1");
        var ledger = Run(settings, "bots", "fills", "paper1", "--json");
        ledger.ExitCode.Should().Be(0, ledger.Err);
        ledger.Json().GetArrayLength().Should().Be(fills);
        Run(settings, "run", "--paper", "--data", "sim:4:200", "--lower", "24000", "--upper", "26000", "--levels", "5", "--json")
            .Json().GetProperty("botId").GetString().Should().Be("paper2", "the next free id is read from the Azure store");
    }

    [Fact]
    public void Bots_DbGivenWhileAzureConfigured_TheFileWins()
    {
        var db = Path.Combine(Path.GetTempPath(), $"gridbot-none-{Guid.NewGuid():N}.db");

        var list = Run(Azure(Server.ConnectionString), "bots", "list", "--db", db);

        list.ExitCode.Should().Be(2);
        list.Err.Should().Contain("no database at").And.Contain(db);
    }

    [Fact]
    public void Bots_WrongAccountKey_Exit1Naming403AndTheTable()
    {
        var list = Run(Azure(Server.ConnectionStringWith(Convert.ToBase64String(new byte[64]))), "bots", "list");

        output.WriteLine(list.Err);
        list.ExitCode.Should().Be(1);
        list.Err.Should().Contain("access was refused").And.Contain("403").And.Contain("table 'fills'");
    }

    [Fact]
    public void AnyCommand_AzureWithoutConnection_Exit2NamingTheSettings()
    {
        var run = Run(new Dictionary<string, string?> { ["Storage:Kind"] = "Azure" }, "bots", "list");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("Storage:ConnectionString").And.Contain("Storage:BlobServiceUri");
    }

    [Fact]
    public void AnyCommand_GarbledConnectionString_Exit2SayingSo()
    {
        var run = Run(Azure("not a connection string"), "bots", "list");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("Storage:ConnectionString is not a storage connection string");
    }

    private static Dictionary<string, string?> Azure(string connectionString) => new()
    {
        ["Storage:Kind"] = "Azure",
        ["Storage:ConnectionString"] = connectionString,
    };

    private static CliRun Run(Dictionary<string, string?> settings, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Gridbot.Run(args, new CliConsole(stdout, stderr, interactive: false), configuration);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
