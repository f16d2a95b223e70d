using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GridBot.Dashboard.Tests;

/// <summary>
/// The operator panel in headless chromium against a real <c>gridbot serve</c> (its own server: the switches are global):
/// the switches shown and changed through <c>PUT /api/operator</c>, a bad value's 400 problem shown, and the disaster
/// flatten confirmed before it flattens every running bot.
/// </summary>
public sealed class DashboardOperatorTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const float Timeout = BrowserSession.Timeout;

    [SkippableFact]
    public async Task OperatorPanel_ShowsTheSwitches_SaveChangesTheRolloutStage_BadRateShowsThe400()
    {
        Chromium.Require();
        await using var session = await BrowserSession.OpenAsync(server, DashboardServer.Key);
        var page = session.Page;
        await Expect(page.Locator("#op-status")).ToContainTextAsync("stage 1, spot+perp, exploration 0.25, online learning off", new() { Timeout = Timeout });
        await Expect(page.Locator("#op-stage")).ToHaveValueAsync("1");

        await page.Locator("#op-stage").SelectOptionAsync("3");
        await page.Locator("#op-profile").SelectOptionAsync("spot");
        await page.Locator("#op-learning").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page.Locator("#op-status")).ToContainTextAsync("stage 3, spot, exploration 0.25, online learning on", new() { Timeout = Timeout });
        var saved = (await server.SendAsync(HttpMethod.Get, "/api/operator")).Body!.Value;
        saved.GetProperty("rolloutStage").GetInt32().Should().Be(3);
        saved.GetProperty("exchangeProfile").GetString().Should().Be("spot");
        saved.GetProperty("onlineLearning").GetBoolean().Should().BeTrue();

        await page.Locator("#op-exploration").FillAsync("1.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator("#op-error")).ToContainTextAsync("400: ", new() { Timeout = Timeout });
        await Expect(page.Locator("#op-error")).ToContainTextAsync("explorationRate 1.5");
        (await server.SendAsync(HttpMethod.Get, "/api/operator")).Body!.Value.GetProperty("explorationRate").GetDecimal().Should().Be(0.25m);

        await page.Locator("#op-stage").SelectOptionAsync("1");
        await page.Locator("#op-profile").SelectOptionAsync("spot+perp");
        await page.Locator("#op-exploration").FillAsync("0.25");
        await page.Locator("#op-learning").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.Locator("#op-status")).ToContainTextAsync("stage 1, spot+perp, exploration 0.25, online learning off", new() { Timeout = Timeout });
        await Expect(page.Locator("#op-error")).ToBeEmptyAsync();
        await session.AssertCleanAsync();
    }

    [SkippableFact]
    public async Task DisasterFlatten_AsksToConfirm_DismissedNothingAcceptedFlattensTheRunningBot()
    {
        Chromium.Require();
        await server.CreatePaperBotAsync("op1", start: true);
        await using var session = await BrowserSession.OpenAsync(server, DashboardServer.Key);
        var page = session.Page;
        var row = page.Locator("#bots tr[data-bot-id='op1']");
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Running", new() { Timeout = Timeout });
        var flatten = page.GetByRole(AriaRole.Button, new() { Name = "Disaster flatten all bots", Exact = true });

        session.Answer = false;
        await flatten.ClickAsync();
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Running");
        session.Dialogs.Should().ContainSingle();
        (await server.StatusAsync("op1")).Should().Be("Running");

        session.Answer = true;
        await flatten.ClickAsync();
        await Expect(page.Locator("#op-result")).ToContainTextAsync("flattened: op1", new() { Timeout = Timeout });
        (await server.StatusAsync("op1")).Should().NotBe("Running");
        await Expect(row.Locator("td.status")).Not.ToHaveTextAsync("Running", new() { Timeout = Timeout });
        await session.AssertCleanAsync();
    }
}
