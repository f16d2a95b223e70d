using GridBot.Testing.FakeTelegram;
using GridBot.Testing.FakeVenues;
using Microsoft.Extensions.Configuration;

namespace GridBot.Cli.Tests.Serve;

/// <summary>Telegram off (no token: the default) and bad Telegram settings at start.</summary>
public sealed class TelegramWebhookOffTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    [Fact]
    public async Task NoToken_HostStartsAndTheWebhookIs404()
    {
        var response = await fixture.App.PostAsync("/api/telegram", TelegramServe.Message(42, "/help"), key: null);

        response.Status.Should().Be(404);
        response.ContentType.Should().Be("application/problem+json");
        response.Detail.Should().Contain("Telegram:BotToken");
        (await fixture.App.GetAsync("/api/health", key: null)).Status.Should().Be(200);
    }

    [Theory]
    [InlineData("Telegram:WebhookSecret", "bad secret!", "Telegram:WebhookSecret must")]
    [InlineData("Telegram:WebhookSecret", null, "Telegram:WebhookSecret: set")]
    [InlineData("Telegram:AllowedChatIds:0", null, "Telegram:AllowedChatIds: set")]
    [InlineData("Telegram:BotToken", "nonsense", "Telegram:BotToken does not look")]
    [InlineData("Telegram:ApiBaseUrl", "not a url", "Telegram:ApiBaseUrl")]
    public async Task BadTelegramSetting_ServeExits2NamingIt(string key, string? value, string expected)
    {
        await using var api = await FakeBotApi.StartAsync();
        var settings = new Dictionary<string, string?>(TelegramServe.Settings(api.BaseUrl))
        {
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"gridbot-tgbad-{Guid.NewGuid():N}.db"),
            ["Api:Keys:0"] = ServeApp.Key,
            [key] = value,
        };
        if (key.StartsWith("Telegram:AllowedChatIds", StringComparison.Ordinal))
        {
            settings["Telegram:AllowedChatIds:1"] = null;
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30)); // a host that starts anyway stops here and fails the test
        var code = await new GridBot.Cli.Serve.ServeCommand(new CliConsole(output, error, interactive: false), configuration).Build()
            .Parse(["--urls", "http://127.0.0.1:0"]).InvokeAsync(cancellationToken: timeout.Token);

        code.Should().Be(ExitCodes.BadInput);
        error.ToString().Should().Contain(expected).And.NotContain(TelegramServe.Secret).And.NotContain(TelegramServe.Token);
    }

    [Fact]
    public async Task ChatIdsCommaSeparated_AcceptedLikeTheArrayForm()
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        await using var api = await FakeBotApi.StartAsync();
        var settings = new Dictionary<string, string?>(TelegramServe.Settings(api.BaseUrl))
        {
            ["Telegram:AllowedChatIds:0"] = null,
            ["Telegram:AllowedChatIds:1"] = null,
            ["Telegram:AllowedChatIds"] = "7; 42",
        };
        await using var app = await ServeApp.StartAsync(venue, settings: settings);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram") { Content = new StringContent(TelegramServe.Message(42, "/help")) };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramServe.Secret);

        using var response = await app.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        api.CallsTo("sendMessage").Should().ContainSingle().Which.Value("chat_id").Should().Be("42");
    }
}
