using GridBot.Testing;
using Microsoft.AspNetCore.Http;

namespace GridFunctions.Tests.Http;

/// <summary>The Function app with <c>Storage:Kind=Azure</c>: its registry and fill ledger in Azure tables (the project's Azurite).</summary>
public sealed class AzureStorageFunctionsTests : IAsyncLifetime
{
    private const string PaperBot = """
        {"botId":"az1","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;

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
    public async Task CreateListAndStart_OnAzureStorage_TheBotIsInTheAzureRegistry()
    {
        var app = new FunctionApp(Settings(Server.ConnectionString));
        await app.InitializeAsync();
        try
        {
            var created = await FunctionApp.SendAsync(app.Request(PaperBot), r => app.Bots.CreateAsync(r, default));
            var started = await FunctionApp.SendAsync(app.Request(), r => app.Bots.CommandAsync(r, "az1", "start", default));
            var listed = await FunctionApp.SendAsync(app.Request(), r => app.Bots.ListAsync(r, default));

            created.Status.Should().Be(StatusCodes.Status201Created, created.Body);
            started.Status.Should().Be(StatusCodes.Status200OK, started.Body);
            listed.Json().EnumerateArray().Select(b => (b.GetProperty("botId").GetString(), b.GetProperty("status").GetString()))
                .Should().Equal(("az1", "Running"));
        }
        finally
        {
            await app.DisposeAsync();
        }

        var registry = new Azure.Data.Tables.TableClient(Server.ConnectionString, "bots");
        (await registry.GetEntityAsync<Azure.Data.Tables.TableEntity>("bot", "az1")).Value.GetString("Status").Should().Be("Running");
    }

    [Fact]
    public async Task ListAndHealth_StorageRefusesTheKey_TheAppStartsAndAnswers503NamingIt()
    {
        var app = new FunctionApp(Settings(Server.ConnectionStringWith(Convert.ToBase64String(new byte[64]))));
        await app.InitializeAsync(); // the start-up check logs the refusal; the app keeps running
        try
        {
            var listed = await FunctionApp.SendAsync(app.Request(), r => app.Bots.ListAsync(r, default));
            var health = await FunctionApp.SendAsync(app.Request(), r => app.Health.RunAsync(r, default));

            listed.Status.Should().Be(StatusCodes.Status503ServiceUnavailable);
            listed.ContentType.Should().StartWith("application/problem+json");
            listed.Detail.Should().Contain("403").And.Contain("access was refused").And.Contain("table 'bots'");
            health.Status.Should().Be(StatusCodes.Status503ServiceUnavailable);
            health.Detail.Should().Contain("403");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["Storage:Kind"] = "Azure",
        ["Storage:ConnectionString"] = connectionString,
    };
}
