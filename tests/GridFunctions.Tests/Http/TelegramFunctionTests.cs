using System.Text.Json;
using GridBot.Testing.FakeTelegram;
using GridFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Http;

/// <summary>
/// The Function app's <c>Telegram</c> function on the Durable engine (Azurite) with Telegram on, replies caught by the
/// stand-in Bot API: the same router as <c>gridbot serve</c>, over this invocation's control service.
/// </summary>
public sealed class TelegramFunctionTests : IAsyncLifetime
{
    private const string Secret = "fn-secret_0123456789";
    private FakeBotApi? _api;
    private FunctionApp? _app;

    private FakeBotApi Api => _api!;

    private FunctionApp App => _app!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _app = new FunctionApp(_ => new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_-",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:AllowedChatIds"] = "42",
            ["Telegram:ApiBaseUrl"] = _api.BaseUrl.ToString().TrimEnd('/'),
        });
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }

    [Fact]
    public async Task Webhook_StartStopWithConfirmation_SecretAndBadBodies()
    {
        var created = await App.SendAsync("""
            {"botId":"fn_tg","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper","lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
            """, (f, r, o) => f.CreateWithAsync(r, o, default));
        created.Status.Should().Be(201, created.Body);

        (await Post(Message(1, "/start@GridBotTestBot fn_tg"))).Status.Should().Be(200);
        (await App.Engine.GetStateAsync("fn_tg", default))!.Status.Should().Be(GridBot.Core.Bots.BotStatus.Running);
        Text(Replies()[^1]).Should().StartWith(@"fn\_tg: Running");

        (await Post(Message(2, "/stop fn_tg"))).Status.Should().Be(200);
        var ask = Replies()[^1];
        Text(ask).Should().StartWith(@"Stop fn\_tg?");
        (await Post(Message(2, "/stop fn_tg"))).Status.Should().Be(200, "a redelivered update is acknowledged");
        Replies().Count(c => Text(c).StartsWith("Stop", StringComparison.Ordinal)).Should().Be(1, "and handled once");
        using (var json = JsonDocument.Parse(ask.Json))
        {
            var confirm = json.RootElement.GetProperty("reply_markup").GetProperty("inline_keyboard")[0][0].GetProperty("callback_data").GetString()!;
            (await Post(Callback(3, confirm))).Status.Should().Be(200);
        }

        Api.CallsTo("answerCallbackQuery").Should().ContainSingle().Which.Value("text").Should().Be("Done");
        (await App.Engine.GetStateAsync("fn_tg", default))!.Status.Should().Be(GridBot.Core.Bots.BotStatus.Stopped);

        await Api.QuietAsync(); // the stop's notifications land first
        var before = Api.Calls.Count;
        (await Post(Message(4, "/start fn_tg"), secret: "wrong")).Status.Should().Be(401);
        (await Post(Message(5, "/start fn_tg"), secret: null)).Status.Should().Be(401);
        var bad = await Post("{\"update_id\":");
        bad.Status.Should().Be(400);
        bad.ContentType.Should().StartWith("application/problem+json");
        (await Post("{\"update_id\":6,\"message\":{\"text\":\"" + new string('x', 70_000) + "\"}}")).Status.Should().Be(413);
        (await Post(Message(7, "/help", chat: 999))).Status.Should().Be(200, "a chat not allowed gets 200 and nothing else");
        Api.Calls.Count.Should().Be(before);
    }

    private IReadOnlyList<BotApiCall> Replies() => [.. Api.CallsTo("sendMessage").Where(c => !(c.Value("text") ?? string.Empty).StartsWith(@"\[", StringComparison.Ordinal))];

    private static string Text(BotApiCall call) => call.Value("text") ?? string.Empty;

    private Task<FunctionApp.Response> Post(string body, string? secret = Secret)
    {
        var request = App.Request(body);
        if (secret is not null)
        {
            request.Headers["X-Telegram-Bot-Api-Secret-Token"] = secret;
        }

        var function = ActivatorUtilities.CreateInstance<TelegramFunction>(App.Services);
        return FunctionApp.SendAsync(request, r => function.RunWithAsync(r, App.Engine, default));
    }

    private static string Message(long id, string text, long chat = 42) =>
        $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"chat":{"id":{{{chat}}},"type":"private"},"date":1764936000,"text":{{{JsonSerializer.Serialize(text)}}}}}""";

    private static string Callback(long id, string data) =>
        $$$"""{"update_id":{{{id}}},"callback_query":{"id":"cb{{{id}}}","from":{"id":42,"is_bot":false,"first_name":"Op"},"message":{"message_id":1,"chat":{"id":42,"type":"private"},"date":1764936000},"chat_instance":"1","data":{{{JsonSerializer.Serialize(data)}}}}}""";
}
