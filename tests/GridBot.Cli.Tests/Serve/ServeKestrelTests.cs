using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests.Serve;

/// <summary>The same app on a real Kestrel at 127.0.0.1 (any free port), reached over TCP with HttpClient.</summary>
public sealed class ServeKestrelTests : IAsyncLifetime
{
    private FakeBinance? _venue;
    private ServeApp? _app;

    private ServeApp App => _app!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        _app = await ServeApp.StartAsync(_venue, kestrel: true);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }
    }

    [Fact]
    public void Listens_OnLoopbackOnly()
    {
        App.Client.BaseAddress!.Host.Should().Be("127.0.0.1");
        App.Client.BaseAddress.Port.Should().BePositive();
    }

    [Fact]
    public async Task Lifecycle_OverTcp_CreateStartPauseResumeStopWithFillsAndLimits()
    {
        var created = await App.PostAsync("/api/bots", ServeApp.PaperBot("tcp1"));
        created.Status.Should().Be(201, created.Body);
        created.Location.Should().Be("/api/bots/tcp1");
        (await App.PostAsync("/api/bots/tcp1/start")).Json().GetProperty("status").GetString().Should().Be("Running");
        (await App.GetAsync("/api/bots/tcp1/fills")).Json().GetArrayLength().Should().Be(1);
        (await App.SendAsync(HttpMethod.Put, "/api/bots/tcp1/limits", "{\"maxDrawdownPct\":9}")).Status.Should().Be(200);
        (await App.PostAsync("/api/bots/tcp1/pause", "{\"reason\":\"tcp\"}")).Json().GetProperty("statusReason").GetString().Should().Be("tcp");
        (await App.PostAsync("/api/bots/tcp1/resume")).Status.Should().Be(200);
        (await App.PostAsync("/api/bots/tcp1/stop")).Json().GetProperty("status").GetString().Should().Be("Stopped");
        (await App.PostAsync("/api/bots/tcp1/stop")).Status.Should().Be(409);
        (await App.GetAsync("/api/bots/nobody")).Status.Should().Be(404);
        (await App.GetAsync("/api/bots")).Json().GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Auth_OverTcp_MissingKey401_CodeQueryWorks_HealthAnonymous()
    {
        (await App.GetAsync("/api/bots", key: null)).Status.Should().Be(401);
        (await App.PostAsync("/api/bots", ServeApp.PaperBot("tcp2"), key: "wrong-key-0123456789abcdef")).Status.Should().Be(401);
        (await App.SendAsync(HttpMethod.Get, "/api/bots", key: ServeApp.Key, keyInQuery: true)).Status.Should().Be(200);
        (await App.GetAsync("/api/health", key: null)).Json().GetProperty("status").GetString().Should().Be("ok");
        (await App.GetAsync("/api/bots/tcp2")).Status.Should().Be(404);
    }

    [Fact]
    public async Task BadInput_OverTcp_400And413AndNothingStored()
    {
        var malformed = await App.PostAsync("/api/bots", "{\"botId\":");
        var wrongType = await App.PostAsync("/api/bots", "{\"botId\":\"tcp3\",\"levels\":\"ten\"}");
        var huge = await App.PostAsync("/api/bots", ServeBodyLimitTests.Huge("tcp3"));

        malformed.Status.Should().Be(400);
        wrongType.Status.Should().Be(400);
        wrongType.Detail.Should().Contain("$.levels");
        huge.Status.Should().Be(413);
        (await App.GetAsync("/api/bots/tcp3")).Status.Should().Be(404);
    }

    [Fact]
    public async Task OperatorSwitches_OverTcp_KeyRequiredChangedBadBody400AndDisasterFlatten()
    {
        (await App.GetAsync("/api/operator", key: null)).Status.Should().Be(401);
        var put = await App.SendAsync(HttpMethod.Put, "/api/operator", "{\"rolloutStage\":2,\"onlineLearning\":true}");
        var bad = await App.SendAsync(HttpMethod.Put, "/api/operator", "{\"explorationRate\":2}");
        await App.CreatePaperBotAsync("tcp4");
        (await App.PostAsync("/api/bots/tcp4/start")).Status.Should().Be(200);

        var flatten = await App.PostAsync("/api/operator/disaster-flatten", "{\"reason\":\"tcp drill\"}");

        put.Json().GetProperty("rolloutStage").GetInt32().Should().Be(2);
        bad.Status.Should().Be(400);
        (await App.GetAsync("/api/operator")).Json().GetProperty("onlineLearning").GetBoolean().Should().BeTrue();
        flatten.Status.Should().Be(200, flatten.Body);
        flatten.Json().GetProperty("flattened").EnumerateArray().Select(e => e.GetString()).Should().Equal("tcp4");
    }
}
