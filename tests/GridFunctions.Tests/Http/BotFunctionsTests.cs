using GridFunctions.Durable;
using Microsoft.AspNetCore.Http;

namespace GridFunctions.Tests.Http;

/// <summary>
/// The control functions on the Durable engine (<see cref="FunctionApp"/>, shared by the class: each test has its own
/// bot id, and the tests of a class run one at a time).
/// </summary>
public sealed class BotFunctionsTests(FunctionAppFixture fixture) : IClassFixture<FunctionAppFixture>
{
    private readonly FunctionApp _app = fixture.App;

    [Fact]
    public async Task CreateBot_ValidBody_Returns201WithLocationAndTheBot()
    {
        var before = await BotCount();
        var created = await Send(PaperBot("web1"), (f, r, o) => f.CreateWithAsync(r, o, default));

        created.Status.Should().Be(StatusCodes.Status201Created);
        created.Location.Should().Be("/api/bots/web1");
        var bot = created.Json();
        bot.GetProperty("botId").GetString().Should().Be("web1");
        bot.GetProperty("status").GetString().Should().Be("Created");
        bot.GetProperty("paper").GetBoolean().Should().BeTrue();
        bot.GetProperty("levels").GetInt32().Should().Be(11);
        (await Send(null, (f, r, o) => f.GetWithAsync(r, "web1", o, default))).Json().GetProperty("symbol").GetString().Should().Be("BTCUSDT");
        var listed = (await Send(null, (f, r, o) => f.ListWithAsync(r, o, default))).Json().EnumerateArray().ToList();
        listed.Should().HaveCount(before + 1).And.ContainSingle(b => b.GetProperty("botId").GetString() == "web1")
            .Which.GetProperty("status").GetString().Should().Be("Created");
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
        var before = await BotCount();
        var response = await Send(body, (f, r, o) => f.CreateWithAsync(r, o, default));

        response.Status.Should().Be(StatusCodes.Status400BadRequest);
        response.ContentType.Should().StartWith("application/problem+json");
        response.Json().GetProperty("status").GetInt32().Should().Be(400);
        response.Detail.Should().Contain(named);
        (await BotCount()).Should().Be(before);
    }

    [Fact]
    public async Task CreateBot_BodyOverTheLimitWithNoStatedLength_Returns413AsServeDoesAndStoresNothing()
    {
        var before = await BotCount();
        var huge = "{\"botId\":\"" + new string('x', GridFunctions.Http.JsonBody.MaxBytes) + "\"}";

        var response = await Send(huge, (f, r, o) => f.CreateWithAsync(r, o, default));

        response.Status.Should().Be(StatusCodes.Status413PayloadTooLarge);
        response.ContentType.Should().StartWith("application/problem+json");
        response.Detail.Should().Contain("larger than 65536 bytes");
        (await BotCount()).Should().Be(before);
    }

    [Fact]
    public async Task CreateBot_ExistingId_Returns409()
    {
        await Send(PaperBot("dup1"), (f, r, o) => f.CreateWithAsync(r, o, default));

        var again = await Send(PaperBot("dup1"), (f, r, o) => f.CreateWithAsync(r, o, default));

        again.Status.Should().Be(StatusCodes.Status409Conflict);
        again.Detail.Should().Contain("already exists");
    }

    [Fact]
    public async Task UnknownBot_Returns404Problem()
    {
        (await Send(null, (f, r, o) => f.GetWithAsync(r, "nobody", o, default))).Status.Should().Be(StatusCodes.Status404NotFound);
        (await Send(null, (f, r, o) => f.CommandWithAsync(r, "nobody", "start", o, default))).Status.Should().Be(StatusCodes.Status404NotFound);
        (await Send(null, (f, r, o) => f.FillsWithAsync(r, "nobody", o, default))).Status.Should().Be(StatusCodes.Status404NotFound);
        (await Send("{\"maxDrawdownPct\":10}", (f, r, o) => f.UpdateLimitsWithAsync(r, "nobody", o, default))).Status.Should().Be(StatusCodes.Status404NotFound);
    }

    [Fact]
    public async Task Commands_FollowTheLifecycle_IllegalOnesAre409AndChangeNothing()
    {
        await Send(PaperBot("life1"), (f, r, o) => f.CreateWithAsync(r, o, default));

        var pauseCreated = await Send(null, (f, r, o) => f.CommandWithAsync(r, "life1", "pause", o, default));
        pauseCreated.Status.Should().Be(StatusCodes.Status409Conflict);
        (await Status("life1")).Should().Be("Created");

        var started = await Send(null, (f, r, o) => f.CommandWithAsync(r, "life1", "start", o, default));
        started.Status.Should().Be(StatusCodes.Status200OK, started.Body);
        started.Json().GetProperty("status").GetString().Should().Be("Running");
        started.Json().GetProperty("openOrders").GetInt32().Should().BeGreaterThan(0);

        var paused = await Send("{\"reason\":\"lunch\"}", (f, r, o) => f.CommandWithAsync(r, "life1", "pause", o, default));
        paused.Json().GetProperty("statusReason").GetString().Should().Be("lunch");
        (await Send(null, (f, r, o) => f.CommandWithAsync(r, "life1", "pause", o, default))).Status.Should().Be(StatusCodes.Status409Conflict);
        (await Send(null, (f, r, o) => f.CommandWithAsync(r, "life1", "resume", o, default))).Json().GetProperty("status").GetString().Should().Be("Running");
        (await Send(null, (f, r, o) => f.CommandWithAsync(r, "life1", "clear", o, default))).Status.Should().Be(StatusCodes.Status409Conflict);
        (await Send(null, (f, r, o) => f.CommandWithAsync(r, "life1", "stop", o, default))).Json().GetProperty("status").GetString().Should().Be("Stopped");
        (await Send(null, (f, r, o) => f.CommandWithAsync(r, "life1", "stop", o, default))).Status.Should().Be(StatusCodes.Status409Conflict);
        (await Status("life1")).Should().Be("Stopped");
    }

    [Fact]
    public async Task UpdateLimits_ValidThenBad_OnlyTheValidOneIsStored()
    {
        await Send(PaperBot("lim1"), (f, r, o) => f.CreateWithAsync(r, o, default));

        var updated = await Send("{\"maxDrawdownPct\":12.5,\"maxConsecutiveLosses\":7}", (f, r, o) => f.UpdateLimitsWithAsync(r, "lim1", o, default));
        var bad = await Send("{\"maxDrawdownPct\":150}", (f, r, o) => f.UpdateLimitsWithAsync(r, "lim1", o, default));
        var unknown = await Send("{\"maxDrawdown\":0.1}", (f, r, o) => f.UpdateLimitsWithAsync(r, "lim1", o, default));

        updated.Status.Should().Be(StatusCodes.Status200OK);
        bad.Status.Should().Be(StatusCodes.Status400BadRequest);
        bad.Detail.Should().Contain("maxDrawdownPct");
        unknown.Status.Should().Be(StatusCodes.Status400BadRequest);
        var limits = (await Send(null, (f, r, o) => f.GetWithAsync(r, "lim1", o, default))).Json().GetProperty("limits");
        limits.GetProperty("maxDrawdownPct").GetDecimal().Should().Be(12.5m);
        limits.GetProperty("maxConsecutiveLosses").GetInt32().Should().Be(7);
    }

    [Fact]
    public async Task Fills_AfterStart_ListsTheStartBuy_BadQueryIs400()
    {
        await Send(PaperBot("fill1"), (f, r, o) => f.CreateWithAsync(r, o, default));
        await Send(null, (f, r, o) => f.CommandWithAsync(r, "fill1", "start", o, default));

        var fills = await Send(null, (f, r, o) => f.FillsWithAsync(r, "fill1", o, default));
        var bad = await Send(null, (f, r, o) => f.FillsWithAsync(r, "fill1", o, default), "?limit=ten");
        var zero = await Send(null, (f, r, o) => f.FillsWithAsync(r, "fill1", o, default), "?limit=0");

        fills.Status.Should().Be(StatusCodes.Status200OK);
        fills.Json().EnumerateArray().Should().ContainSingle().Which.GetProperty("side").GetString().Should().Be("Buy");
        bad.Status.Should().Be(StatusCodes.Status400BadRequest);
        zero.Status.Should().Be(StatusCodes.Status400BadRequest);
    }

    [Fact]
    public async Task Health_StoreAnswers_Returns200Ok()
    {
        var response = await FunctionApp.SendAsync(_app.Request(), r => _app.Health.RunWithAsync(r, _app.Engine, default));

        response.Status.Should().Be(StatusCodes.Status200OK);
        response.Json().GetProperty("status").GetString().Should().Be("ok");
    }

    private static string PaperBot(string id) => $$"""
        {"botId":"{{id}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;

    private async Task<int> BotCount() => (await Send(null, (f, r, o) => f.ListWithAsync(r, o, default))).Json().GetArrayLength();

    private async Task<string?> Status(string id) =>
        (await Send(null, (f, r, o) => f.GetWithAsync(r, id, o, default))).Json().GetProperty("status").GetString();

    private Task<FunctionApp.Response> Send(
        string? body, Func<GridFunctions.Http.BotFunctions, HttpRequest, IBotOrchestrations, Task<Microsoft.AspNetCore.Mvc.IActionResult>> call, string? query = null) =>
        _app.SendAsync(body, call, query);
}
