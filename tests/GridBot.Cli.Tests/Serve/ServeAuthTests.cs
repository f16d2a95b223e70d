namespace GridBot.Cli.Tests.Serve;

/// <summary>Keys as the Function app takes them: <c>x-functions-key</c> or <c>?code=</c>; without a right one, 401 and nothing changes.</summary>
public sealed class ServeAuthTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ServeApp _app = fixture.App;

    public static TheoryData<string, string, string?> Routes => new()
    {
        { "GET", "/api/bots", null },
        { "POST", "/api/bots", ServeApp.PaperBot("sneaky") },
        { "GET", "/api/bots/auth1", null },
        { "POST", "/api/bots/auth1/start", null },
        { "POST", "/api/bots/auth1/pause", null },
        { "POST", "/api/bots/auth1/resume", null },
        { "POST", "/api/bots/auth1/stop", null },
        { "POST", "/api/bots/auth1/flatten", null },
        { "POST", "/api/bots/auth1/clear", null },
        { "PUT", "/api/bots/auth1/limits", "{\"maxDrawdownPct\":3}" },
        { "GET", "/api/bots/auth1/fills", null },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryRoute_MissingOrWrongKey_Returns401AndChangesNothing(string method, string path, string? body)
    {
        await EnsureBotAsync();
        var before = (await _app.GetAsync("/api/bots/auth1")).Body;
        var count = await _app.BotCountAsync();

        foreach (var key in new[] { null, string.Empty, "wrong-key-0123456789abcdef", ServeApp.Key + "x", ServeApp.Key[..^1], ServeApp.Key.ToUpperInvariant() })
        {
            var viaHeader = await _app.SendAsync(new HttpMethod(method), path, body, key);
            var viaQuery = await _app.SendAsync(new HttpMethod(method), path, body, key, keyInQuery: true);

            foreach (var response in new[] { viaHeader, viaQuery })
            {
                response.Status.Should().Be(401, $"{method} {path} with key '{key}'");
                response.ContentType.Should().Be("application/problem+json");
                response.Json().GetProperty("title").GetString().Should().Be("A valid API key is required");
                response.Body.Should().NotContain(ServeApp.Key);
            }
        }

        (await _app.GetAsync("/api/bots/auth1")).Body.Should().Be(before);
        (await _app.BotCountAsync()).Should().Be(count);
        (await _app.GetAsync("/api/bots/sneaky")).Status.Should().Be(404);
    }

    [Fact]
    public async Task CodeQuery_RightKey_IsAccepted()
    {
        var listed = await _app.SendAsync(HttpMethod.Get, "/api/bots", key: ServeApp.Key, keyInQuery: true);
        var created = await _app.SendAsync(HttpMethod.Post, "/api/bots", ServeApp.PaperBot("code1"), ServeApp.Key, keyInQuery: true);
        var fills = await _app.SendAsync(HttpMethod.Get, "/api/bots/code1/fills?limit=5", key: ServeApp.Key, keyInQuery: true);

        listed.Status.Should().Be(200);
        created.Status.Should().Be(201, created.Body);
        fills.Status.Should().Be(200, fills.Body);
    }

    [Fact]
    public async Task Health_IsAnonymous_AndAKeyDoesNotHurt()
    {
        (await _app.GetAsync("/api/health", key: null)).Status.Should().Be(200);
        (await _app.GetAsync("/api/health", key: "wrong")).Status.Should().Be(200);
    }

    [Fact]
    public async Task Logs_AfterRequestsWithKeys_NeverContainAKey()
    {
        await _app.SendAsync(HttpMethod.Get, "/api/bots", key: ServeApp.Key, keyInQuery: true);
        await _app.GetAsync("/api/bots");
        await _app.GetAsync("/api/bots", key: "wrong-key-0123456789abcdef");

        _app.Logs.Should().NotBeEmpty();
        _app.Logs.Should().NotContain(line => line.Contains(ServeApp.Key, StringComparison.Ordinal));
    }

    private async Task EnsureBotAsync()
    {
        if ((await _app.GetAsync("/api/bots/auth1")).Status == 404)
        {
            await _app.CreatePaperBotAsync("auth1");
        }
    }
}
