using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace GridBot.Dashboard.Tests;

/// <summary>
/// The dashboard in its own browser context (its own sessionStorage), the key typed in and "Use key" pressed, with what
/// the page logged, requested and asked (confirm dialogs, answered by <see cref="Answer"/>).
/// </summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public const float Timeout = 15_000;

    public static async Task<BrowserSession> OpenAsync(DashboardServer server, string key)
    {
        ArgumentNullException.ThrowIfNull(server);
        var context = await server.Browser!.NewContextAsync(new() { BaseURL = server.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                session.Console.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => session.Console.Enqueue(error);
        page.Request += (_, request) => session.Requests.Enqueue(request);
        page.Dialog += async (_, dialog) =>
        {
            session.Dialogs.Enqueue(dialog.Message);
            if (session.Answer)
            {
                await dialog.AcceptAsync();
            }
            else
            {
                await dialog.DismissAsync();
            }
        };
        page.SetDefaultTimeout(Timeout);
        var response = await page.GotoAsync("/api/dashboard");
        response!.Status.Should().Be(200);
        await page.Locator("#key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key", Exact = true }).ClickAsync();
        return session;
    }

    public IPage Page { get; } = page;

    public ConcurrentQueue<string> Console { get; } = new();

    public ConcurrentQueue<IRequest> Requests { get; } = new();

    public ConcurrentQueue<string> Dialogs { get; } = new();

    /// <summary>How the next confirm() is answered.</summary>
    public bool Answer { get; set; } = true;

    /// <summary>No CSP violation or script error was logged (a 4xx the test caused is logged by chromium as a failed resource, allowed); the key never went into a URL; every request stayed on the server.</summary>
    public async Task AssertCleanAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Console.Where(m => !m.StartsWith("Failed to load resource", StringComparison.Ordinal)).Should().BeEmpty();
        foreach (var request in Requests)
        {
            var url = new Uri(request.Url);
            url.GetLeftPart(UriPartial.Authority).Should().Be(new Uri(Page.Url).GetLeftPart(UriPartial.Authority), "the page loads nothing from elsewhere");
            request.Url.Should().NotContain("code=").And.NotContain(DashboardServer.Key);
            if (url.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) && url.AbsolutePath != "/api/dashboard")
            {
                (await request.HeaderValueAsync("x-functions-key")).Should().NotBeNullOrEmpty();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        await context.DisposeAsync();
    }
}
