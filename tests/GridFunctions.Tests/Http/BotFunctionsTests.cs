using Microsoft.AspNetCore.Http;

namespace GridFunctions.Tests.Http;

public sealed class BotFunctionsTests : IAsyncLifetime
{
    private const string PaperBot = """
        {"botId":"web1","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;

    private readonly FunctionApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CreateBot_ValidBody_Returns201WithLocationAndTheBot()
    {
        var created = await Send(PaperBot, (f, r) => f.CreateAsync(r, default));

        created.Status.Should().Be(StatusCodes.Status201Created);
        created.Location.Should().Be("/api/bots/web1");
        var bot = created.Json();
        bot.GetProperty("botId").GetString().Should().Be("web1");
        bot.GetProperty("status").GetString().Should().Be("Created");
        bot.GetProperty("paper").GetBoolean().Should().BeTrue();
        bot.GetProperty("levels").GetInt32().Should().Be(11);
        (await Send(null, (f, r) => f.GetAsync(r, "web1", default))).Json().GetProperty("symbol").GetString().Should().Be("BTCUSDT");
        (await Send(null, (f, r) => f.ListAsync(r, default))).Json().EnumerateArray().Select(b => b.GetProperty("botId").GetString()).Should().Equal("web1");
    }

    [Theory]
    [InlineData("", "needs a JSON body")]
    [InlineData("{\"botId\":", "not valid JSON")]
    [InlineData("[1,2]", "not valid JSON")]
    [InlineData("{\"botId\":\"x1\",\"colour\":\"red\"}", "colour")]
    [InlineData("{\"botId\":\"x1\",\"venue\":\"binance\",\"symbol\":\"BTCUSDT\",\"lower\":1,\"upper\":2,\"levels\":1,\"quotePerLevel\":10,\"capital\":100}", "levels")]
    [InlineData("{\"botId\":\"bad id!\",\"venue\":\"kraken\",\"symbol\":\"BTCUSDT\",\"lower\":1,\"upper\":2,\"levels\":3,\"quotePerLevel\":10,\"capital\":100}", "kraken")]
    [InlineData("{\"botId\":\"x1\",\"venue\":\"binance\",\"symbol\":\"BTCUSDT\",\"lower\":65000,\"upper\":55000,\"levels\":5,\"quotePerLevel\":100,\"capital\":1000}", "below upper")]
    public async Task CreateBot_BadBody_Returns400ProblemAndStoresNothing(string body, string named)
    {
        var response = await Send(body, (f, r) => f.CreateAsync(r, default));

        response.Status.Should().Be(StatusCodes.Status400BadRequest);
        response.ContentType.Should().StartWith("application/problem+json");
        response.Json().GetProperty("status").GetInt32().Should().Be(400);
        response.Detail.Should().Contain(named);
        (await Send(null, (f, r) => f.ListAsync(r, default))).Json().GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task CreateBot_ExistingId_Returns409()
    {
        await Send(PaperBot, (f, r) => f.CreateAsync(r, default));

        var again = await Send(PaperBot, (f, r) => f.CreateAsync(r, default));

        again.Status.Should().Be(StatusCodes.Status409Conflict);
        again.Detail.Should().Contain("already exists");
    }

    [Fact]
    public async Task UnknownBot_Returns404Problem()
    {
        (await Send(null, (f, r) => f.GetAsync(r, "nobody", default))).Status.Should().Be(StatusCodes.Status404NotFound);
        (await Send(null, (f, r) => f.CommandAsync(r, "nobody", "start", default))).Status.Should().Be(StatusCodes.Status404NotFound);
        (await Send(null, (f, r) => f.FillsAsync(r, "nobody", default))).Status.Should().Be(StatusCodes.Status404NotFound);
        (await Send("{\"maxDrawdownPct\":10}", (f, r) => f.UpdateLimitsAsync(r, "nobody", default))).Status.Should().Be(StatusCodes.Status404NotFound);
    }

    [Fact]
    public async Task Commands_FollowTheLifecycle_IllegalOnesAre409AndChangeNothing()
    {
        await Send(PaperBot, (f, r) => f.CreateAsync(r, default));

        var pauseCreated = await Send(null, (f, r) => f.CommandAsync(r, "web1", "pause", default));
        pauseCreated.Status.Should().Be(StatusCodes.Status409Conflict);
        (await Status()).Should().Be("Created");

        var started = await Send(null, (f, r) => f.CommandAsync(r, "web1", "start", default));
        started.Status.Should().Be(StatusCodes.Status200OK, started.Body);
        started.Json().GetProperty("status").GetString().Should().Be("Running");
        started.Json().GetProperty("openOrders").GetInt32().Should().BeGreaterThan(0);

        var paused = await Send("{\"reason\":\"lunch\"}", (f, r) => f.CommandAsync(r, "web1", "pause", default));
        paused.Json().GetProperty("statusReason").GetString().Should().Be("lunch");
        (await Send(null, (f, r) => f.CommandAsync(r, "web1", "pause", default))).Status.Should().Be(StatusCodes.Status409Conflict);
        (await Send(null, (f, r) => f.CommandAsync(r, "web1", "resume", default))).Json().GetProperty("status").GetString().Should().Be("Running");
        (await Send(null, (f, r) => f.CommandAsync(r, "web1", "clear", default))).Status.Should().Be(StatusCodes.Status409Conflict);
        (await Send(null, (f, r) => f.CommandAsync(r, "web1", "stop", default))).Json().GetProperty("status").GetString().Should().Be("Stopped");
        (await Send(null, (f, r) => f.CommandAsync(r, "web1", "stop", default))).Status.Should().Be(StatusCodes.Status409Conflict);
        (await Status()).Should().Be("Stopped");
    }

    [Fact]
    public async Task UpdateLimits_ValidThenBad_OnlyTheValidOneIsStored()
    {
        await Send(PaperBot, (f, r) => f.CreateAsync(r, default));

        var updated = await Send("{\"maxDrawdownPct\":12.5,\"maxConsecutiveLosses\":7}", (f, r) => f.UpdateLimitsAsync(r, "web1", default));
        var bad = await Send("{\"maxDrawdownPct\":150}", (f, r) => f.UpdateLimitsAsync(r, "web1", default));
        var unknown = await Send("{\"maxDrawdown\":0.1}", (f, r) => f.UpdateLimitsAsync(r, "web1", default));

        updated.Status.Should().Be(StatusCodes.Status200OK);
        bad.Status.Should().Be(StatusCodes.Status400BadRequest);
        bad.Detail.Should().Contain("maxDrawdownPct");
        unknown.Status.Should().Be(StatusCodes.Status400BadRequest);
        var limits = (await Send(null, (f, r) => f.GetAsync(r, "web1", default))).Json().GetProperty("limits");
        limits.GetProperty("maxDrawdownPct").GetDecimal().Should().Be(12.5m);
        limits.GetProperty("maxConsecutiveLosses").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task Fills_AfterStart_ListsTheStartBuy_BadQueryIs400()
    {
        await Send(PaperBot, (f, r) => f.CreateAsync(r, default));
        await Send(null, (f, r) => f.CommandAsync(r, "web1", "start", default));

        var fills = await Send(null, (f, r) => f.FillsAsync(r, "web1", default));
        var bad = await Send(null, (f, r) => f.FillsAsync(r, "web1", default), "?limit=ten");
        var zero = await Send(null, (f, r) => f.FillsAsync(r, "web1", default), "?limit=0");

        fills.Status.Should().Be(StatusCodes.Status200OK);
        fills.Json().EnumerateArray().Should().ContainSingle().Which.GetProperty("side").GetString().Should().Be("Buy");
        bad.Status.Should().Be(StatusCodes.Status400BadRequest);
        zero.Status.Should().Be(StatusCodes.Status400BadRequest);
    }

    [Fact]
    public async Task Health_StoreAnswers_Returns200Ok()
    {
        var response = await FunctionApp.SendAsync(_app.Request(), r => _app.Health.RunAsync(r, default));

        response.Status.Should().Be(StatusCodes.Status200OK);
        response.Json().GetProperty("status").GetString().Should().Be("ok");
    }

    private async Task<string?> Status() =>
        (await Send(null, (f, r) => f.GetAsync(r, "web1", default))).Json().GetProperty("status").GetString();

    private Task<FunctionApp.Response> Send(string? body, Func<GridFunctions.Http.BotFunctions, HttpRequest, Task<Microsoft.AspNetCore.Mvc.IActionResult>> call, string? query = null)
    {
        var functions = _app.Bots;
        return FunctionApp.SendAsync(_app.Request(body, query), r => call(functions, r));
    }
}
