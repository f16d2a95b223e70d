using GridBot.Telegram;
using GridBot.Testing.FakeTelegram;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// The webhook of <c>gridbot serve</c> in memory (TestServer) over real paper bots (SQLite, a fake Binance), replies
/// caught by the stand-in Bot API, which refuses badly escaped MarkdownV2 as Telegram does. Each test its own bots.
/// </summary>
public sealed class TelegramWebhookTests(TelegramServe t) : IClassFixture<TelegramServe>
{
    [Theory]
    [InlineData("/help")]
    [InlineData("/help@GridBotTestBot")]
    [InlineData("/start")]
    public async Task Help_ListsEveryCommand(string text)
    {
        var sent = await t.CommandAsync(text);

        var reply = sent.Should().ContainSingle().Subject;
        reply.Method.Should().Be("sendMessage");
        reply.Status.Should().Be(200, "the stand-in accepted the MarkdownV2");
        reply.Value("chat_id").Should().Be("42");
        foreach (var command in new[] { "/status", "/bots", "/pnl", "/daily", "/weekly", "/start ID", "/stop ID", "/pause ID", "/resume ID", "/flatten ID", "/stage N", "/report ID" })
        {
            TelegramServe.Plain(reply).Should().Contain(command);
        }
    }

    [Theory]
    [InlineData("/frobnicate", "Unknown command /frobnicate")]
    [InlineData("hello there", "Send /help")]
    [InlineData("/pause", "Usage: /pause ID")]
    [InlineData("/stage 9", "Usage: /stage N")]
    [InlineData("/stage x", "Usage: /stage N")]
    public async Task UnknownOrIncomplete_RepliesWithAHint(string text, string expected)
    {
        var sent = await t.CommandAsync(text);

        TelegramServe.Plain(sent.Should().ContainSingle().Subject).Should().Contain(expected);
    }

    [Fact]
    public async Task StartPauseResume_ChangeTheBotAndReplyItsStatus()
    {
        await t.App.CreatePaperBotAsync("tg_life");

        TelegramServe.Plain((await t.CommandAsync("/start tg_life"))[0]).Should().Be("tg_life: Running (started)");
        (await t.App.StatusAsync("tg_life")).Should().Be("Running");
        TelegramServe.Plain((await t.CommandAsync("/pause@GridBotTestBot tg_life too volatile (BTC -5%)."))[0])
            .Should().Be("tg_life: Paused (too volatile (BTC -5%).)");
        (await t.App.StatusAsync("tg_life")).Should().Be("Paused");
        TelegramServe.Plain((await t.CommandAsync("/resume tg_life"))[0]).Should().StartWith("tg_life: Running");
        TelegramServe.Plain((await t.CommandAsync("/resume tg_life"))[0]).Should().StartWith("/resume tg_life: not allowed now");
        TelegramServe.Plain((await t.CommandAsync("/start nobody"))[0]).Should().StartWith("/start nobody: not found");
    }

    [Fact]
    public async Task ReadCommands_ShowTheBots()
    {
        await t.App.CreatePaperBotAsync("tg_read");
        await t.CommandAsync("/start tg_read");

        TelegramServe.Plain((await t.CommandAsync("/bots"))[0]).Should().Contain("tg_read: Binance Spot BTCUSDT Running");
        TelegramServe.Plain((await t.CommandAsync("/status"))[0]).Should().MatchRegex(@"\d+ bots: .*Running").And.Contain("USDT: realized");
        TelegramServe.Plain((await t.CommandAsync("/pnl"))[0]).Should().Contain("tg_read: realized").And.Contain("Total USDT");
        TelegramServe.Plain((await t.CommandAsync("/daily"))[0]).Should().StartWith("Daily report ").And.Contain("running");
        TelegramServe.Plain((await t.CommandAsync("/weekly"))[0]).Should().StartWith("Weekly report ");
        TelegramServe.Plain((await t.CommandAsync("/report tg_read"))[0]).Should().StartWith("tg_read (Binance Spot BTCUSDT, paper) Running").And.Contain("Fills ");
        TelegramServe.Plain((await t.CommandAsync("/report nobody"))[0]).Should().StartWith("/report nobody: not found");
        t.Api.Calls.Should().NotContain(c => c.Status == 400, "every reply and notification was valid MarkdownV2");
    }

    [Fact]
    public async Task Flatten_AsksThenActsOnlyOnConfirm()
    {
        await t.App.CreatePaperBotAsync("tg_flat");
        await t.CommandAsync("/start tg_flat");

        var ask = (await t.CommandAsync("/flatten tg_flat"))[0];
        TelegramServe.Plain(ask).Should().StartWith("Flatten tg_flat?");
        var buttons = TelegramServe.Buttons(ask);
        buttons.Select(b => b.Text).Should().Equal("Confirm", "Cancel");
        (await t.App.StatusAsync("tg_flat")).Should().Be("Running", "asking does nothing");

        var pressed = await t.PressAsync(buttons[0].Data);

        pressed.Select(c => c.Method).Should().Equal("answerCallbackQuery", "sendMessage");
        pressed[0].Value("text").Should().Be("Done");
        (await t.App.StatusAsync("tg_flat")).Should().BeOneOf("Flattening", "RequiresManualResume");
        TelegramServe.Plain(pressed[1]).Should().StartWith("tg_flat: ");
    }

    [Fact]
    public async Task Stop_Cancel_LeavesTheBotRunning_ThenConfirmStopsIt()
    {
        await t.App.CreatePaperBotAsync("tg_stop");
        await t.CommandAsync("/start tg_stop");
        var buttons = TelegramServe.Buttons((await t.CommandAsync("/stop tg_stop"))[0]);

        var cancelled = await t.PressAsync(buttons[1].Data);
        TelegramServe.Plain(cancelled[1]).Should().Be("Cancelled: tg_stop was not stopped.");
        (await t.App.StatusAsync("tg_stop")).Should().Be("Running");

        await t.PressAsync(buttons[0].Data);
        (await t.App.StatusAsync("tg_stop")).Should().Be("Stopped");
    }

    [Fact]
    public async Task Confirmation_ExpiredForgedOrFromAnotherChat_DoesNothing()
    {
        await t.App.CreatePaperBotAsync("tg_guard");
        await t.CommandAsync("/start tg_guard");
        var buttons = TelegramServe.Buttons((await t.CommandAsync("/stop tg_guard"))[0]);
        var past = new ConfirmationSigner(TelegramServe.Secret, new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-10)));
        var expired = past.Sign(TelegramServe.Chat, ConfirmAction.Stop, "tg_guard", confirm: true)!;
        var parts = buttons[0].Data.Split(':');
        var forged = string.Join(':', parts[..4]) + ":" + new string('A', 22);
        var otherSecret = new ConfirmationSigner("not-the-secret", TimeProvider.System).Sign(TelegramServe.Chat, ConfirmAction.Stop, "tg_guard", true)!;

        TelegramServe.Plain((await t.PressAsync(expired))[1]).Should().Contain("expired");
        TelegramServe.Plain((await t.PressAsync(forged))[1]).Should().Contain("not valid");
        TelegramServe.Plain((await t.PressAsync(otherSecret))[1]).Should().Contain("not valid");
        TelegramServe.Plain((await t.PressAsync(buttons[0].Data, TelegramServe.Group))[1]).Should().Contain("not valid", "signed for the private chat");
        TelegramServe.Plain((await t.PressAsync("y:s:tg_guard:9999999999:x"))[1]).Should().Contain("not valid");

        (await t.App.StatusAsync("tg_guard")).Should().Be("Running");
    }

    [Fact]
    public async Task SameUpdateIdTwice_HandledOnce()
    {
        await t.App.CreatePaperBotAsync("tg_dup");
        var id = TelegramServe.NextUpdateId();
        var before = t.Api.Calls.Count;

        (await t.PostAsync(TelegramServe.Message(TelegramServe.Chat, "/start tg_dup", id))).Status.Should().Be(200);
        (await t.PostAsync(TelegramServe.Message(TelegramServe.Chat, "/start tg_dup", id))).Status.Should().Be(200);

        TelegramServe.Replies(t.Api.Calls.Skip(before)).Should().ContainSingle();
        (await t.NotificationsAsync(before, "Created → Running", 2)).Should().HaveCount(2, "one start, notified to both allowed chats");
        (await t.App.StatusAsync("tg_dup")).Should().Be("Running");
    }

    [Fact]
    public async Task LifecycleChange_NotifiedToEveryAllowedChat()
    {
        await t.App.CreatePaperBotAsync("tg_note");
        var before = t.Api.Calls.Count;

        await t.CommandAsync("/start tg_note");

        (await t.NotificationsAsync(before, "Created → Running", 2))
            .Select(c => (c.Value("chat_id"), TelegramServe.Plain(c)))
            .Should().BeEquivalentTo([("42", "[tg_note] bot tg_note: Created → Running (started)"), ("-100123", "[tg_note] bot tg_note: Created → Running (started)")]);
    }

    [Fact]
    public async Task ChatNotAllowed_200NoReplyNothingDoneAndALogLine()
    {
        await t.App.CreatePaperBotAsync("tg_deny");

        var sent = await t.CommandAsync("/start tg_deny", TelegramServe.Stranger);

        sent.Should().BeEmpty();
        (await t.App.StatusAsync("tg_deny")).Should().Be("Created");
        t.App.Logs.Should().Contain(l => l.Contains("chat 999 is not in Telegram:AllowedChatIds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupChat_Allowed_GetsTheReply()
    {
        var sent = await t.CommandAsync("/bots@GridBotTestBot", TelegramServe.Group);

        sent.Should().ContainSingle().Which.Value("chat_id").Should().Be("-100123");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret")]
    [InlineData("tg-secret_012345678")]
    [InlineData("tg-secret_01234567890")]
    public async Task WrongOrMissingSecret_401AndNothingDone(string? secret)
    {
        await t.App.CreatePaperBotAsync($"tg_s{secret?.Length ?? 99}");
        await t.Api.QuietAsync(); // the creation's own notifications land first
        var before = t.Api.Calls.Count;

        var response = await t.PostAsync(TelegramServe.Message(TelegramServe.Chat, $"/start tg_s{secret?.Length ?? 99}"), secret);

        response.Status.Should().Be(401);
        response.ContentType.Should().Be("application/problem+json");
        response.Body.Should().NotContain(TelegramServe.Secret);
        (await t.App.StatusAsync($"tg_s{secret?.Length ?? 99}")).Should().Be("Created");
        t.Api.Calls.Count.Should().Be(before);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("{\"update_id\":\"7\"}")]
    [InlineData("{\"update_id\":-1}")]
    [InlineData("{\"update_id\":1.5}")]
    [InlineData("{\"update_id\":1e99}")]
    [InlineData("{\"update_id\":5,\"message\":\"text\"}")]
    [InlineData("{\"update_id\":5,\"message\":{\"chat\":{\"id\":\"x\"}}}")]
    [InlineData("{\"update_id\":5,\"callback_query\":[]}")]
    public async Task MalformedBody_400ProblemAndNothingSent(string body)
    {
        await t.Api.QuietAsync(); // notifications of earlier tests land first
        var before = t.Api.Calls.Count;

        var response = await t.PostAsync(body);

        response.Status.Should().Be(400, body);
        response.ContentType.Should().Be("application/problem+json");
        t.Api.Calls.Count.Should().Be(before);
    }

    [Fact]
    public async Task HugeBody_413()
    {
        var response = await t.PostAsync(TelegramServe.Message(TelegramServe.Chat, "/help " + new string('x', 70_000)));

        response.Status.Should().Be(413);
    }

    [Fact]
    public async Task ReplyHitBy429_IsRetriedAndDelivered()
    {
        t.Api.Enqueue(new BotApiReply("sendMessage", 429, "Too Many Requests: retry after 1", 1));

        var sent = await t.CommandAsync("/help");

        sent.Select(c => c.Status).Should().Equal(429, 200);
    }

    [Fact]
    public async Task Stage_SetsTheOperatorsRolloutStage()
    {
        TelegramServe.Plain((await t.CommandAsync("/stage 3"))[0]).Should().StartWith("Rollout stage is now 3");
        (await t.App.GetAsync("/api/operator")).Json().GetProperty("rolloutStage").GetInt32().Should().Be(3);
        TelegramServe.Plain((await t.CommandAsync("/stage@GridBotTestBot 1"))[0]).Should().StartWith("Rollout stage is now 1");
        (await t.App.GetAsync("/api/operator")).Json().GetProperty("rolloutStage").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Logs_NeverHoldTheTokenOrSecret() =>
        t.App.Logs.Should().NotContain(l => l.Contains(TelegramServe.Token, StringComparison.Ordinal) || l.Contains(TelegramServe.Secret, StringComparison.Ordinal));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
