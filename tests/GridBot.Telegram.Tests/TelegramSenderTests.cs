using System.Diagnostics;
using System.Text;
using System.Text.Json;
using GridBot.Testing.FakeTelegram;

namespace GridBot.Telegram.Tests;

/// <summary>The sender against the local stand-in Bot API: what goes over the wire, retries on 429, failures as values.</summary>
public sealed class TelegramSenderTests : IAsyncLifetime, IDisposable
{
    private const string Token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_-";
    private FakeBotApi? _api;
    private readonly HttpClient _http = new();
    private readonly ListLogger<TelegramSender> _logger = new();

    private FakeBotApi Api => _api!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await Api.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task SendText_WithButtons_PostsMarkdownV2AndAnInlineKeyboard()
    {
        var result = await Sender().SendTextAsync(42, MarkdownV2.Escape("Flatten b1?"), [new TelegramButton("Confirm", "y:f:b1"), new TelegramButton("Cancel", "n:f:b1")], default);

        result.Should().Be(TelegramResult.Success);
        var call = Api.Calls.Should().ContainSingle().Subject;
        call.Method.Should().Be("sendMessage");
        call.Token.Should().Be(Token);
        using var json = JsonDocument.Parse(call.Json);
        json.RootElement.GetProperty("chat_id").GetInt64().Should().Be(42);
        json.RootElement.GetProperty("text").GetString().Should().Be(@"Flatten b1?");
        json.RootElement.GetProperty("parse_mode").GetString().Should().Be("MarkdownV2");
        var row = json.RootElement.GetProperty("reply_markup").GetProperty("inline_keyboard")[0];
        row.EnumerateArray().Select(b => (b.GetProperty("text").GetString(), b.GetProperty("callback_data").GetString()))
            .Should().Equal(("Confirm", "y:f:b1"), ("Cancel", "n:f:b1"));
    }

    [Fact]
    public async Task SendText_LongerThan4096_SplitsIntoMessagesTelegramAccepts()
    {
        var text = MarkdownV2.Escape(string.Join('\n', Enumerable.Range(0, 400).Select(i => $"line {i}: pnl -1.5 (ok)!")));

        var result = await Sender().SendTextAsync(42, text, [new TelegramButton("x", "y")], default);

        result.Ok.Should().BeTrue();
        var calls = Api.CallsTo("sendMessage");
        calls.Should().HaveCountGreaterThan(1).And.OnlyContain(c => c.Status == 200);
        string.Concat(calls.Select(c => c.Value("text"))).Should().Be(text);
        calls.Take(calls.Count - 1).Should().OnlyContain(c => c.Value("reply_markup") == null, "the buttons go on the last part only");
        calls[^1].Value("reply_markup").Should().Contain("inline_keyboard");
    }

    [Fact]
    public async Task SendText_429WithRetryAfter_WaitsThenSucceedsWithOneRetry()
    {
        Api.Enqueue(new BotApiReply("sendMessage", 429, "Too Many Requests: retry after 1", 1));
        var watch = Stopwatch.StartNew();

        var result = await Sender().SendTextAsync(42, "hi", null, default);

        result.Ok.Should().BeTrue();
        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
        Api.CallsTo("sendMessage").Select(c => c.Status).Should().Equal(429, 200);
        _logger.Lines.Should().ContainSingle(l => l.Contains("429, retrying after 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendText_429EveryTime_GivesUpAfterThreeRetries()
    {
        for (var i = 0; i < 5; i++)
        {
            Api.Enqueue(new BotApiReply("sendMessage", 429, "Too Many Requests: retry after 0", 0));
        }

        var result = await Sender().SendTextAsync(42, "hi", null, default);

        result.Should().Be(TelegramResult.Failed(429, "Too Many Requests: retry after 0"));
        Api.CallsTo("sendMessage").Should().HaveCount(1 + TelegramSender.MaxRetries);
    }

    [Fact]
    public async Task SendText_429AskingLongerThanTheBound_FailsAtOnce()
    {
        Api.Enqueue(new BotApiReply("sendMessage", 429, "Too Many Requests: retry after 600", 600));

        var result = await Sender().SendTextAsync(42, "hi", null, default);

        result.ErrorCode.Should().Be(429);
        Api.CallsTo("sendMessage").Should().ContainSingle();
    }

    [Fact]
    public async Task SendText_400_FailsWithTelegramsDescriptionAndNoRetry()
    {
        var result = await Sender().SendTextAsync(42, "unescaped.", null, default);

        result.Ok.Should().BeFalse();
        result.ErrorCode.Should().Be(400);
        result.Description.Should().Contain("reserved");
        Api.CallsTo("sendMessage").Should().ContainSingle();
    }

    [Fact]
    public async Task AnyCall_ApiUnreachable_FailsAsAValueAndNeverLogsTheToken()
    {
        var sender = new TelegramSender(Options("http://127.0.0.1:1"), _http, TimeProvider.System, _logger);

        var result = await sender.SendTextAsync(42, "hi", null, default);

        result.Ok.Should().BeFalse();
        result.ErrorCode.Should().Be(0);
        (result.Description ?? string.Empty).Should().NotContain(Token);
        _logger.Lines.Should().NotBeEmpty().And.NotContain(l => l.Contains(Token, StringComparison.Ordinal) || l.Contains("AAHdqTcv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendDocument_PostsMultipartWithTheFileAndAnEscapedCaption()
    {
        var content = Encoding.UTF8.GetBytes("bot,pnl\nb1,1.5\n");

        var result = await Sender().SendDocumentAsync(-100123, new TelegramDocument("daily-2026-12-04-bots.csv", content), "Daily report 2026-12-04", default);

        result.Ok.Should().BeTrue();
        var call = Api.CallsTo("sendDocument").Should().ContainSingle().Subject;
        call.Fields["chat_id"].Should().Be("-100123");
        call.Fields["caption"].Should().Be(@"Daily report 2026\-12\-04");
        call.Fields["parse_mode"].Should().Be("MarkdownV2");
        var file = call.Files.Should().ContainSingle().Subject;
        file.FileName.Should().Be("daily-2026-12-04-bots.csv");
        file.Content.Should().Equal(content);
    }

    [Fact]
    public async Task SetWebhook_SendsSecretAllowedUpdatesAndDropPending()
    {
        var result = await Sender().SetWebhookAsync("https://example.org/api/telegram", "s3cr3t", dropPending: true, default);

        result.Ok.Should().BeTrue();
        var call = Api.CallsTo("setWebhook").Should().ContainSingle().Subject;
        using var json = JsonDocument.Parse(call.Json);
        json.RootElement.GetProperty("url").GetString().Should().Be("https://example.org/api/telegram");
        json.RootElement.GetProperty("secret_token").GetString().Should().Be("s3cr3t");
        json.RootElement.GetProperty("drop_pending_updates").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()).Should().Equal("message", "callback_query");
    }

    [Fact]
    public async Task AnswerCallback_PostsTheQueryIdAndText()
    {
        (await Sender().AnswerCallbackAsync("q-1", "Done", default)).Ok.Should().BeTrue();

        var call = Api.CallsTo("answerCallbackQuery").Should().ContainSingle().Subject;
        call.Value("callback_query_id").Should().Be("q-1");
        call.Value("text").Should().Be("Done");
    }

    [Fact]
    public async Task Notifier_TextAndDocument_GoToEveryAllowedChat()
    {
        var notifier = new TelegramNotifier(Sender(), Options(Api.BaseUrl.ToString(), "42,-100123"));

        await notifier.NotifyAsync("b1", "filled 0.001 @ 60000.5", default);
        await notifier.SendDocumentAsync("r.csv", new byte[] { 1, 2 }, null, default);

        Api.CallsTo("sendMessage").Select(c => (c.Value("chat_id"), c.Value("text")))
            .Should().BeEquivalentTo([("42", @"\[b1\] filled 0\.001 @ 60000\.5"), ("-100123", @"\[b1\] filled 0\.001 @ 60000\.5")]);
        Api.CallsTo("sendDocument").Select(c => c.Fields["chat_id"]).Should().BeEquivalentTo(["42", "-100123"]);
    }

    private TelegramSender Sender() => new(Options(Api.BaseUrl.ToString()), _http, TimeProvider.System, _logger);

    private static TelegramOptions Options(string baseUrl, string chats = "42") =>
        new() { BotToken = Token, WebhookSecret = "s3cr3t", AllowedChatIds = chats, ApiBaseUrl = baseUrl.TrimEnd('/') };
}
