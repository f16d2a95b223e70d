namespace GridBot.Cli.Tests.Serve;

/// <summary>The webhook of <c>gridbot serve</c> on a real Kestrel at 127.0.0.1, reached over TCP as Telegram reaches it.</summary>
public sealed class TelegramKestrelTests : IAsyncLifetime
{
    private readonly TelegramServe _t = new(kestrel: true);

    public Task InitializeAsync() => _t.InitializeAsync();

    public Task DisposeAsync() => _t.DisposeAsync();

    [Fact]
    public async Task OverTcp_CommandsConfirmationSecretAndBadBodies()
    {
        _t.App.Client.BaseAddress!.Host.Should().Be("127.0.0.1");
        await _t.App.CreatePaperBotAsync("tcp_tg");

        TelegramServe.Plain((await _t.CommandAsync("/start tcp_tg"))[0]).Should().StartWith("tcp_tg: Running");
        var buttons = TelegramServe.Buttons((await _t.CommandAsync("/stop tcp_tg"))[0]);
        (await _t.App.StatusAsync("tcp_tg")).Should().Be("Running");
        (await _t.PressAsync(buttons[0].Data)).Select(c => c.Method).Should().Equal("answerCallbackQuery", "sendMessage");
        (await _t.App.StatusAsync("tcp_tg")).Should().Be("Stopped");

        (await _t.PostAsync(TelegramServe.Message(TelegramServe.Chat, "/help"), secret: "wrong")).Status.Should().Be(401);
        (await _t.PostAsync(TelegramServe.Message(TelegramServe.Chat, "/help"), secret: null)).Status.Should().Be(401);
        (await _t.PostAsync("{\"update_id\":")).Status.Should().Be(400);
        (await _t.PostAsync(TelegramServe.Message(TelegramServe.Chat, "/help " + new string('x', 70_000)))).Status.Should().Be(413);
        (await _t.App.GetAsync("/api/telegram")).Status.Should().Be(405, "POST only");
    }
}
