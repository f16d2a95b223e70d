using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GridBot.Cli.Serve;
using GridBot.Testing.FakeVenues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace GridBot.Dashboard.Tests;

/// <summary>
/// <c>gridbot serve</c> (<see cref="ServeHost.Build"/>) on a real Kestrel at 127.0.0.1 (any free port), on a fresh
/// SQLite file, pricing paper bots from a fake Binance; plus, when chromium is installed, one headless chromium driven
/// by Playwright. Shared by a test class; each test opens its own browser context (its own sessionStorage).
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    public const string Key = "dashboard-test-key-0123456789";

    private readonly string _path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"gridbot-dashboard-{Guid.NewGuid():N}.db");
    private FakeBinance? _venue;
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The browser; null when chromium is not installed (the tests skip first, <see cref="Chromium.Require"/>).</summary>
    public IBrowser? Browser => _browser;

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _path,
            ["Storage:BarsPath"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"gridbot-dashboard-bars-{Guid.NewGuid():N}"),
            ["Exchange:BaseUrl"] = _venue.BaseUrl.ToString(),
            ["Api:Keys:0"] = Key,
            ["GridBot:LiveLoopInterval"] = "01:00:00",
        }).Build();
        _app = ServeHost.Build(configuration, "http://127.0.0.1:0", builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.Single());
        Client = new HttpClient { BaseAddress = BaseUrl };
        if (Chromium.Installed)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Path, Headless = true });
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }

        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // best effort: the OS may still hold the WAL file briefly
            }
        }
    }

    /// <summary>An API call with the key in the header; returns the status and the body as JSON (null when empty).</summary>
    public async Task<(int Status, JsonElement? Body)> SendAsync(HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("x-functions-key", Key);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<string?> StatusAsync(string botId) =>
        (await SendAsync(HttpMethod.Get, $"/api/bots/{botId}")).Body?.GetProperty("status").GetString();

    /// <summary>Creates a paper bot on the fake Binance's BTCUSDT prices (11 levels, 55,000–65,000).</summary>
    public async Task CreatePaperBotAsync(string botId, bool start)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/bots", $$"""
            {"botId":"{{botId}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
             "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
            """);
        created.Status.Should().Be(201, created.Body?.ToString());
        if (start)
        {
            (await SendAsync(HttpMethod.Post, $"/api/bots/{botId}/start")).Status.Should().Be(200);
        }
    }
}
