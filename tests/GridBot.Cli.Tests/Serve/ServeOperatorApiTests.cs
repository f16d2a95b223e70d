using System.Text.Json;
using GridBot.Runtime.Control;
using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// The operator's switches over HTTP (<c>GET/PUT /api/operator</c>, <c>POST /api/operator/disaster-flatten</c>): key
/// required, bad bodies 400 with nothing saved, changes in force for the control API. Each test has its own app (the
/// switches are global).
/// </summary>
public sealed class ServeOperatorApiTests : IAsyncLifetime
{
    private FakeBinance _venue = null!;
    private ServeApp _app = null!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        _app = await ServeApp.StartAsync(_venue);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _venue.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", "/api/operator", null)]
    [InlineData("PUT", "/api/operator", "{\"rolloutStage\":5}")]
    [InlineData("POST", "/api/operator/disaster-flatten", null)]
    public async Task EveryRoute_WithoutOrWithAWrongKey_401AndNothingChanged(string method, string path, string? body)
    {
        await _app.CreatePaperBotAsync("k1");
        await _app.PostAsync("/api/bots/k1/start");

        var none = await _app.SendAsync(new HttpMethod(method), path, body, key: null);
        var wrong = await _app.SendAsync(new HttpMethod(method), path, body, key: "not-the-key");

        none.Status.Should().Be(401);
        wrong.Status.Should().Be(401);
        (await _app.GetAsync("/api/operator")).Json().GetProperty("rolloutStage").GetInt32().Should().Be(1);
        (await _app.StatusAsync("k1")).Should().Be("Running");
    }

    [Fact]
    public async Task GetThenPut_DefaultsThenTheChangedSwitchesInTheSeedsSpelling()
    {
        var defaults = (await _app.GetAsync("/api/operator")).Json();
        var put = await _app.SendAsync(HttpMethod.Put, "/api/operator", """{"rolloutStage":3,"exchangeProfile":"SpotAndPerp","explorationRate":0.4,"onlineLearning":true}""");
        var after = (await _app.GetAsync("/api/operator")).Json();

        defaults.GetProperty("rolloutStage").GetInt32().Should().Be(1);
        defaults.GetProperty("exchangeProfile").GetString().Should().Be("spot+perp");
        defaults.GetProperty("explorationRate").GetDecimal().Should().Be(0.25m);
        defaults.GetProperty("onlineLearning").GetBoolean().Should().BeFalse();
        defaults.GetProperty("updatedMs").GetInt64().Should().Be(0);
        put.Status.Should().Be(200, put.Body);
        after.GetRawText().Should().Be(put.Json().GetRawText());
        after.GetProperty("rolloutStage").GetInt32().Should().Be(3);
        after.GetProperty("exchangeProfile").GetString().Should().Be("spot+perp");
        after.GetProperty("explorationRate").GetDecimal().Should().Be(0.4m);
        after.GetProperty("onlineLearning").GetBoolean().Should().BeTrue();
        after.GetProperty("updatedMs").GetInt64().Should().BePositive();
    }

    [Theory]
    [InlineData("", "needs a JSON body")]
    [InlineData("{\"rolloutStage\":\"three\"}", "$.rolloutStage")]
    [InlineData("{\"rolloutStage\":0}", "rolloutStage 0")]
    [InlineData("{\"exchangeProfile\":\"options\"}", "exchangeProfile 'options'")]
    [InlineData("{\"explorationRate\":-0.1}", "explorationRate -0.1")]
    [InlineData("{\"onlineLearning\":\"yes\"}", "$.onlineLearning")]
    [InlineData("{\"stage\":2}", "stage")]
    public async Task Put_BadBody_400NamingItAndNothingSaved(string body, string named)
    {
        var response = await _app.SendAsync(HttpMethod.Put, "/api/operator", body);

        response.Status.Should().Be(400, response.Body);
        response.ContentType.Should().Be("application/problem+json");
        response.Detail.Should().Contain(named);
        (await _app.GetAsync("/api/operator")).Json().GetProperty("updatedMs").GetInt64().Should().Be(0);
    }

    [Fact]
    public async Task ExchangeProfile_PerpOnly_SpotCreate400AndSpotStart409()
    {
        await _app.CreatePaperBotAsync("s1");
        (await _app.SendAsync(HttpMethod.Put, "/api/operator", """{"exchangeProfile":"perp"}""")).Status.Should().Be(200);

        var create = await _app.PostAsync("/api/bots", ServeApp.PaperBot("s2"));
        var start = await _app.PostAsync("/api/bots/s1/start");

        create.Status.Should().Be(400);
        create.Detail.Should().Contain("exchange profile is perp");
        start.Status.Should().Be(409);
        (await _app.StatusAsync("s1")).Should().Be("Created");
    }

    [Fact]
    public async Task DisasterFlatten_FlattensActiveBotsAndListsTheRest()
    {
        await _app.CreatePaperBotAsync("d1");
        (await _app.PostAsync("/api/bots/d1/start")).Status.Should().Be(200);
        await _app.CreatePaperBotAsync("d2");

        var response = await _app.PostAsync("/api/operator/disaster-flatten", """{"reason":"venue outage"}""");

        response.Status.Should().Be(200, response.Body);
        var result = JsonSerializer.Deserialize<DisasterFlattenResult>(response.Body, JsonSerializerOptions.Web)!;
        result.Flattened.Should().Equal("d1");
        result.Skipped.Should().Equal("d2");
        result.Failed.Should().BeEmpty();
        (await _app.StatusAsync("d1")).Should().BeOneOf("Flattening", "RequiresManualResume");
        (await _app.StatusAsync("d2")).Should().Be("Created");
        (await _app.PostAsync("/api/operator/disaster-flatten", "{\"reason\":7}")).Status.Should().Be(400);
    }
}
