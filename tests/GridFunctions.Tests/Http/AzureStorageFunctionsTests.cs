using Microsoft.AspNetCore.Http;

namespace GridFunctions.Tests.Http;

/// <summary>
/// The Function app's Azure storage (<c>Storage:Kind=Azure</c>, the project's Azurite) under its control functions on
/// the Durable engine: the registry row follows the bot (the <c>Register</c> activity), and a store that refuses the
/// key is a 503 naming it while the app keeps running.
/// </summary>
public sealed class AzureStorageFunctionsTests
{
    private const string PaperBot = """
        {"botId":"az1","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;

    [Fact]
    public async Task CreateListAndStart_OnAzureStorage_TheBotIsInTheAzureRegistry()
    {
        var app = new FunctionApp();
        await app.InitializeAsync();
        try
        {
            var created = await app.SendAsync(PaperBot, (f, r, o) => f.CreateWithAsync(r, o, default));
            var started = await app.SendAsync(null, (f, r, o) => f.CommandWithAsync(r, "az1", "start", o, default));
            var listed = await app.SendAsync(null, (f, r, o) => f.ListWithAsync(r, o, default));

            created.Status.Should().Be(StatusCodes.Status201Created, created.Body);
            started.Status.Should().Be(StatusCodes.Status200OK, started.Body);
            listed.Json().EnumerateArray().Select(b => (b.GetProperty("botId").GetString(), b.GetProperty("status").GetString()))
                .Should().Equal(("az1", "Running"));
            var registry = new Azure.Data.Tables.TableClient(app.Azurite.ConnectionString, "bots");
            (await registry.GetEntityAsync<Azure.Data.Tables.TableEntity>("bot", "az1")).Value.GetString("Status").Should().Be("Running");
            (await app.Engine.GetStateAsync("az1", default))!.Status.Should().Be(GridBot.Core.Bots.BotStatus.Running, "the bot lives in its Durable entity");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task ListAndHealth_StorageRefusesTheKey_TheAppStartsAndAnswers503NamingIt()
    {
        var app = new FunctionApp(azurite => new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionStringWith(Convert.ToBase64String(new byte[64])),
        });
        await app.InitializeAsync(); // the start-up check logs the refusal; the app keeps running
        try
        {
            var listed = await app.SendAsync(null, (f, r, o) => f.ListWithAsync(r, o, default));
            var health = await FunctionApp.SendAsync(app.Request(), r => app.Health.RunWithAsync(r, app.Engine, default));

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
}
