using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridBot.Dashboard.Tests;

/// <summary>
/// The dashboard page in headless chromium against a real <c>gridbot serve</c>: the key typed in, bots listed, the chart
/// drawn, buttons that change a bot's state (checked on the page and through the API), the API's problems shown. Every
/// test also checks the page broke no rule of its Content-Security-Policy and never put the key in a URL.
/// </summary>
public sealed class DashboardBrowserTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const float Timeout = BrowserSession.Timeout;

    [SkippableFact]
    public async Task Dashboard_WithKey_ListsTheBotDrawsItsGridAndPauseResumeChangeItsState()
    {
        Chromium.Require();
        await server.CreatePaperBotAsync("pw1", start: true);
        await using var session = await OpenAsync(DashboardServer.Key);
        var row = session.Page.Locator("#bots tr[data-bot-id='pw1']");

        await Expect(row.Locator("td.status")).ToHaveTextAsync("Running", new() { Timeout = Timeout });
        await Expect(row).ToContainTextAsync("Binance / Spot / BTCUSDT");
        await row.GetByRole(AriaRole.Button, new() { Name = "pw1", Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#chart line.level")).ToHaveCountAsync(11, new() { Timeout = Timeout });
        await Expect(session.Page.Locator("#chart circle.fill-buy")).Not.ToHaveCountAsync(0);
        await Expect(session.Page.Locator("#detail-title")).ToContainTextAsync("pw1");

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true }).ClickAsync();
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Paused", new() { Timeout = Timeout });
        (await server.StatusAsync("pw1")).Should().Be("Paused");

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Resume", Exact = true }).ClickAsync();
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Running", new() { Timeout = Timeout });
        (await server.StatusAsync("pw1")).Should().Be("Running");
        await session.AssertCleanAsync();
        if (Environment.GetEnvironmentVariable("GRIDBOT_DASHBOARD_SCREENSHOT") is { Length: > 0 } file)
        {
            await session.Page.ScreenshotAsync(new() { Path = file, FullPage = true }); // for a person to look at: not checked
        }
    }

    [SkippableFact]
    public async Task Stop_AsksToConfirm_DismissedKeepsTheBotAcceptedStopsIt()
    {
        Chromium.Require();
        await server.CreatePaperBotAsync("pw2", start: true);
        await using var session = await OpenAsync(DashboardServer.Key);
        var row = session.Page.Locator("#bots tr[data-bot-id='pw2']");
        await row.GetByRole(AriaRole.Button, new() { Name = "pw2", Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#detail-title")).ToContainTextAsync("pw2", new() { Timeout = Timeout });
        var stop = session.Page.GetByRole(AriaRole.Button, new() { Name = "Stop", Exact = true });

        session.Answer = false;
        await stop.ClickAsync();
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Running");
        session.Dialogs.Should().ContainSingle().Which.Should().Contain("stop bot pw2");
        (await server.StatusAsync("pw2")).Should().Be("Running");

        session.Answer = true;
        await stop.ClickAsync();
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Stopped", new() { Timeout = Timeout });
        (await server.StatusAsync("pw2")).Should().Be("Stopped");

        await stop.ClickAsync();
        await Expect(session.Page.Locator("#error")).ToContainTextAsync("409", new() { Timeout = Timeout });
        await session.AssertCleanAsync();
    }

    [SkippableFact]
    public async Task StatusReason_FromTheApi_IsShownAsTextNeverAsHtml()
    {
        Chromium.Require();
        const string Reason = "<img src=x onerror=\"window.hacked=1\"><b>bold</b>";
        await server.CreatePaperBotAsync("pw5", start: true);
        (await server.SendAsync(HttpMethod.Post, "/api/bots/pw5/pause", $$"""{"reason":{{System.Text.Json.JsonSerializer.Serialize(Reason)}}}""")).Status.Should().Be(200);
        await using var session = await OpenAsync(DashboardServer.Key);
        var row = session.Page.Locator("#bots tr[data-bot-id='pw5']");

        await Expect(row.Locator("td.reason")).ToHaveTextAsync(Reason, new() { Timeout = Timeout });
        await Expect(row.Locator("img, b")).ToHaveCountAsync(0);
        (await session.Page.EvaluateAsync<bool>("() => window.hacked === undefined")).Should().BeTrue();
        await session.AssertCleanAsync();
    }

    [SkippableFact]
    public async Task WrongKey_ShowsThe401ProblemAndNoBot()
    {
        Chromium.Require();
        await server.CreatePaperBotAsync("pw3", start: false);
        await using var session = await OpenAsync("wrong-key-0123456789abcdef");

        await Expect(session.Page.Locator("#error")).ToContainTextAsync("401: send a key of Api:Keys", new() { Timeout = Timeout });
        await Expect(session.Page.Locator("#bots tbody tr")).ToHaveCountAsync(0);
        await session.AssertCleanAsync();
    }

    [SkippableFact]
    public async Task Key_KeptInSessionStorageOnly_ForgetClearsIt()
    {
        Chromium.Require();
        await server.CreatePaperBotAsync("pw4", start: false);
        await using var session = await OpenAsync(DashboardServer.Key);
        await Expect(session.Page.Locator("#bots tr[data-bot-id='pw4']")).ToHaveCountAsync(1, new() { Timeout = Timeout });

        (await session.Page.EvaluateAsync<string>("() => sessionStorage.getItem('gridbot.apiKey')")).Should().Be(DashboardServer.Key);
        (await session.Page.EvaluateAsync<int>("() => localStorage.length")).Should().Be(0);
        (await session.Page.Locator("#key").InputValueAsync()).Should().BeEmpty("the field is cleared once the key is kept");
        await session.Page.ReloadAsync();
        await Expect(session.Page.Locator("#bots tr[data-bot-id='pw4']")).ToHaveCountAsync(1, new() { Timeout = Timeout });

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Forget key", Exact = true }).ClickAsync();
        await Expect(session.Page.Locator("#bots tbody tr")).ToHaveCountAsync(0);
        (await session.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('gridbot.apiKey')")).Should().BeNull();
        await session.AssertCleanAsync();
    }

    private Task<BrowserSession> OpenAsync(string key) => BrowserSession.OpenAsync(server, key);
}
