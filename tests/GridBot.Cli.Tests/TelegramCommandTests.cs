using System.Text.Json;
using GridBot.Cli.Tests.Serve;
using GridBot.Testing.FakeTelegram;
using Microsoft.Extensions.Configuration;

namespace GridBot.Cli.Tests;

/// <summary><c>gridbot telegram set-webhook</c> against the stand-in Bot API.</summary>
public sealed class TelegramCommandTests : IAsyncLifetime
{
    private FakeBotApi? _api;

    private FakeBotApi Api => _api!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await Api.DisposeAsync();

    [Fact]
    public async Task SetWebhook_Configured_CallsSetWebhookWithTheSecretAndSaysSo()
    {
        var run = await RunAsync(Settings(), "telegram", "set-webhook", "--url", "https://bots.example.org/api/telegram", "--drop-pending");

        run.ExitCode.Should().Be(0, run.Err);
        run.Out.Should().Contain("webhook set to https://bots.example.org/api/telegram").And.NotContain(TelegramServe.Token).And.NotContain(TelegramServe.Secret);
        var call = Api.CallsTo("setWebhook").Should().ContainSingle().Subject;
        call.Token.Should().Be(TelegramServe.Token);
        using var json = JsonDocument.Parse(call.Json);
        json.RootElement.GetProperty("secret_token").GetString().Should().Be(TelegramServe.Secret);
        json.RootElement.GetProperty("drop_pending_updates").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()).Should().Equal("message", "callback_query");
    }

    [Theory]
    [InlineData("Telegram:BotToken", "Telegram:BotToken is not set")]
    [InlineData("Telegram:WebhookSecret", "Telegram:WebhookSecret")]
    public async Task SetWebhook_SettingMissing_Exits2NamingIt(string missing, string expected)
    {
        var settings = Settings();
        settings[missing] = null;

        var run = await RunAsync(settings, "telegram", "set-webhook", "--url", "https://bots.example.org/api/telegram");

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain(expected).And.NotContain(TelegramServe.Token);
        Api.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task SetWebhook_TelegramRefuses_Exits1WithItsDescription()
    {
        Api.Enqueue(new BotApiReply("setWebhook", 400, "Bad Request: bad webhook: HTTPS url must be provided for webhook"));

        var run = await RunAsync(Settings(), "telegram", "set-webhook", "--url", "http://bots.example.org/api/telegram");

        run.ExitCode.Should().Be(1);
        run.Err.Should().Contain("HTTPS url must be provided").And.NotContain(TelegramServe.Token);
    }

    [Fact]
    public async Task SetWebhook_NotAUrl_Exits2() =>
        (await RunAsync(Settings(), "telegram", "set-webhook", "--url", "bots.example.org")).ExitCode.Should().Be(2);

    private Dictionary<string, string?> Settings() => new(TelegramServe.Settings(Api.BaseUrl));

    private static Task<CliRun> RunAsync(Dictionary<string, string?> settings, params string[] args) => Task.Run(() =>
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var code = Gridbot.Run(args, new CliConsole(output, error, interactive: false), configuration);
        return new CliRun(code, output.ToString(), error.ToString());
    });
}
