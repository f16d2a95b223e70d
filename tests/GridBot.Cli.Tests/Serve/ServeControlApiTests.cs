namespace GridBot.Cli.Tests.Serve;

/// <summary>The control API of <c>gridbot serve</c> in memory: the Function app's routes, statuses and shapes (its BotFunctionsTests, ported).</summary>
public sealed class ServeControlApiTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ServeApp _app = fixture.App;

    [Fact]
    public async Task CreateBot_ValidBody_Returns201WithLocationAndTheBot()
    {
        var before = await _app.BotCountAsync();
        var created = await _app.PostAsync("/api/bots", ServeApp.PaperBot("web1"));

        created.Status.Should().Be(201, created.Body);
        created.Location.Should().Be("/api/bots/web1");
        var bot = created.Json();
        bot.GetProperty("botId").GetString().Should().Be("web1");
        bot.GetProperty("status").GetString().Should().Be("Created");
        bot.GetProperty("paper").GetBoolean().Should().BeTrue();
        bot.GetProperty("levels").GetInt32().Should().Be(11);
        (await _app.GetAsync("/api/bots/web1")).Json().GetProperty("symbol").GetString().Should().Be("BTCUSDT");
        var listed = (await _app.GetAsync("/api/bots")).Json().EnumerateArray().ToList();
        listed.Should().HaveCount(before + 1).And.ContainSingle(b => b.GetProperty("botId").GetString() == "web1")
            .Which.GetProperty("status").GetString().Should().Be("Created");
    }

    [Theory]
    [InlineData("", "needs a JSON body")]
    [InlineData("null", "not null")]
    [InlineData("{\"botId\":", "not valid JSON")]
    [InlineData("[1,2]", "not valid JSON")]
    [InlineData("{\"botId\":\"x1\",\"colour\":\"red\"}", "colour")]
    [InlineData("{\"botId\":\"x1\",\"levels\":\"ten\"}", "$.levels")]
    [InlineData("{\"botId\":\"x1\",\"capital\":true}", "$.capital")]
    [InlineData("{\"botId\":\"x1\",\"limits\":{\"maxDrawdownPct\":\"lots\"}}", "$.limits.maxDrawdownPct")]
    [InlineData("{\"botId\":\"x1\",\"venue\":\"binance\",\"symbol\":\"BTCUSDT\",\"lower\":1,\"upper\":2,\"levels\":1,\"quotePerLevel\":10,\"capital\":100}", "levels")]
    [InlineData("{\"botId\":\"bad id!\",\"venue\":\"kraken\",\"symbol\":\"BTCUSDT\",\"lower\":1,\"upper\":2,\"levels\":3,\"quotePerLevel\":10,\"capital\":100}", "kraken")]
    [InlineData("{\"botId\":\"x1\",\"venue\":\"binance\",\"symbol\":\"BTCUSDT\",\"lower\":65000,\"upper\":55000,\"levels\":5,\"quotePerLevel\":100,\"capital\":1000}", "below upper")]
    public async Task CreateBot_BadBody_Returns400ProblemNamingItAndStoresNothing(string body, string named)
    {
        var before = await _app.BotCountAsync();
        var response = await _app.PostAsync("/api/bots", body);

        response.Status.Should().Be(400, response.Body);
        response.ContentType.Should().Be("application/problem+json");
        response.Json().GetProperty("status").GetInt32().Should().Be(400);
        response.Json().GetProperty("title").GetString().Should().Be("The request is not valid");
        response.Json().GetProperty("type").GetString().Should().Be("https://httpstatuses.io/400");
        response.Detail.Should().Contain(named);
        (await _app.BotCountAsync()).Should().Be(before);
    }

    [Fact]
    public async Task CreateBot_ExistingId_Returns409()
    {
        await _app.CreatePaperBotAsync("dup1");

        var again = await _app.PostAsync("/api/bots", ServeApp.PaperBot("dup1"));

        again.Status.Should().Be(409);
        again.ContentType.Should().Be("application/problem+json");
        again.Detail.Should().Contain("already exists");
    }

    [Fact]
    public async Task UnknownBot_Returns404Problem()
    {
        foreach (var response in new[]
        {
            await _app.GetAsync("/api/bots/nobody"),
            await _app.PostAsync("/api/bots/nobody/start"),
            await _app.GetAsync("/api/bots/nobody/fills"),
            await _app.SendAsync(HttpMethod.Put, "/api/bots/nobody/limits", "{\"maxDrawdownPct\":10}"),
        })
        {
            response.Status.Should().Be(404);
            response.ContentType.Should().Be("application/problem+json");
            response.Json().GetProperty("title").GetString().Should().Be("No such bot");
        }
    }

    [Fact]
    public async Task UnknownCommand_HasNoRoute_Returns404()
    {
        await _app.CreatePaperBotAsync("cmd1");

        (await _app.PostAsync("/api/bots/cmd1/explode")).Status.Should().Be(404);
        (await _app.StatusAsync("cmd1")).Should().Be("Created");
    }

    [Fact]
    public async Task Commands_FollowTheLifecycle_IllegalOnesAre409AndChangeNothing()
    {
        await _app.CreatePaperBotAsync("life1");

        (await _app.PostAsync("/api/bots/life1/pause")).Status.Should().Be(409);
        (await _app.StatusAsync("life1")).Should().Be("Created");

        var started = await _app.PostAsync("/api/bots/life1/start");
        started.Status.Should().Be(200, started.Body);
        started.Json().GetProperty("status").GetString().Should().Be("Running");
        started.Json().GetProperty("openOrders").GetInt32().Should().BeGreaterThan(0);

        var paused = await _app.PostAsync("/api/bots/life1/pause", "{\"reason\":\"lunch\"}");
        paused.Json().GetProperty("statusReason").GetString().Should().Be("lunch");
        (await _app.PostAsync("/api/bots/life1/pause")).Status.Should().Be(409);
        (await _app.PostAsync("/api/bots/life1/resume")).Json().GetProperty("status").GetString().Should().Be("Running");
        (await _app.PostAsync("/api/bots/life1/clear")).Status.Should().Be(409);
        (await _app.PostAsync("/api/bots/life1/stop")).Json().GetProperty("status").GetString().Should().Be("Stopped");
        (await _app.PostAsync("/api/bots/life1/stop")).Status.Should().Be(409);
        (await _app.StatusAsync("life1")).Should().Be("Stopped");
    }

    [Fact]
    public async Task Flatten_RunningBot_Returns200AndLeavesRunning()
    {
        await _app.CreatePaperBotAsync("flat1");
        (await _app.PostAsync("/api/bots/flat1/start")).Status.Should().Be(200);

        var flattened = await _app.PostAsync("/api/bots/flat1/flatten", "{\"reason\":\"drill\"}");

        flattened.Status.Should().Be(200, flattened.Body);
        flattened.Json().GetProperty("status").GetString().Should().NotBe("Running");
    }

    [Fact]
    public async Task Command_BadReasonBody_Returns400AndChangesNothing()
    {
        await _app.CreatePaperBotAsync("why1");
        (await _app.PostAsync("/api/bots/why1/start")).Status.Should().Be(200);

        var wrongType = await _app.PostAsync("/api/bots/why1/pause", "{\"reason\":42}");
        var unknown = await _app.PostAsync("/api/bots/why1/pause", "{\"because\":\"x\"}");

        wrongType.Status.Should().Be(400);
        wrongType.Detail.Should().Contain("$.reason");
        unknown.Status.Should().Be(400);
        unknown.Detail.Should().Contain("because");
        (await _app.StatusAsync("why1")).Should().Be("Running");
    }

    [Fact]
    public async Task UpdateLimits_ValidThenBad_OnlyTheValidOneIsStored()
    {
        await _app.CreatePaperBotAsync("lim1");

        var updated = await _app.SendAsync(HttpMethod.Put, "/api/bots/lim1/limits", "{\"maxDrawdownPct\":12.5,\"maxConsecutiveLosses\":7}");
        var bad = await _app.SendAsync(HttpMethod.Put, "/api/bots/lim1/limits", "{\"maxDrawdownPct\":150}");
        var unknown = await _app.SendAsync(HttpMethod.Put, "/api/bots/lim1/limits", "{\"maxDrawdown\":0.1}");
        var wrongType = await _app.SendAsync(HttpMethod.Put, "/api/bots/lim1/limits", "{\"maxConsecutiveLosses\":\"many\"}");
        var empty = await _app.SendAsync(HttpMethod.Put, "/api/bots/lim1/limits");

        updated.Status.Should().Be(200, updated.Body);
        bad.Status.Should().Be(400);
        bad.Detail.Should().Contain("maxDrawdownPct");
        unknown.Status.Should().Be(400);
        unknown.Detail.Should().Contain("maxDrawdown");
        wrongType.Status.Should().Be(400);
        wrongType.Detail.Should().Contain("$.maxConsecutiveLosses");
        empty.Status.Should().Be(400);
        var limits = (await _app.GetAsync("/api/bots/lim1")).Json().GetProperty("limits");
        limits.GetProperty("maxDrawdownPct").GetDecimal().Should().Be(12.5m);
        limits.GetProperty("maxConsecutiveLosses").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task Fills_AfterStart_ListsTheStartBuy_BadQueryIs400()
    {
        await _app.CreatePaperBotAsync("fill1");
        (await _app.PostAsync("/api/bots/fill1/start")).Status.Should().Be(200);

        var fills = await _app.GetAsync("/api/bots/fill1/fills");
        var narrowed = await _app.GetAsync("/api/bots/fill1/fills?sinceMs=0&limit=1");
        var bad = await _app.GetAsync("/api/bots/fill1/fills?limit=ten");
        var zero = await _app.GetAsync("/api/bots/fill1/fills?limit=0");
        var huge = await _app.GetAsync("/api/bots/fill1/fills?limit=99999999999");

        fills.Status.Should().Be(200, fills.Body);
        fills.Json().EnumerateArray().Should().ContainSingle().Which.GetProperty("side").GetString().Should().Be("Buy");
        narrowed.Json().GetArrayLength().Should().Be(1);
        bad.Status.Should().Be(400);
        bad.Detail.Should().Contain("limit");
        zero.Status.Should().Be(400);
        huge.Status.Should().Be(400);
    }

    [Fact]
    public async Task Health_NoKey_Returns200Ok()
    {
        var response = await _app.GetAsync("/api/health", key: null);

        response.Status.Should().Be(200);
        response.Json().GetProperty("status").GetString().Should().Be("ok");
    }
}
