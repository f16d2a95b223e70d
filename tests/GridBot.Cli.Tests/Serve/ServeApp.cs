using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GridBot.Cli.Serve;
using GridBot.Testing.FakeVenues;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GridBot.Cli.Tests.Serve;

/// <summary>
/// <c>gridbot serve</c>'s app (<see cref="ServeHost.Build"/>) on a fresh SQLite file, pricing paper bots from a fake
/// Binance with no venue keys; in memory (<c>UseTestServer</c>) or on a real Kestrel at 127.0.0.1, any free port.
/// Every log line is kept (<see cref="Logs"/>) so tests can check no key is ever written.
/// </summary>
internal sealed class ServeApp : IAsyncDisposable
{
    public const string Key = "serve-test-key-0123456789";

    private readonly string _path;
    private readonly WebApplication _app;

    private ServeApp(string path, WebApplication app, HttpClient client, ConcurrentQueue<string> logs)
    {
        _path = path;
        _app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public ConcurrentQueue<string> Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ServeApp> StartAsync(FakeBinance venue, bool kestrel = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gridbot-serve-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = path,
            ["Exchange:BaseUrl"] = venue.BaseUrl.ToString(),
            ["Api:Keys:0"] = Key,
            ["GridBot:LiveLoopInterval"] = "01:00:00", // ticks only where a test asks for them
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var logs = new ConcurrentQueue<string>();
        var app = ServeHost.Build(configuration, "http://127.0.0.1:0", builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(logs));
            if (!kestrel)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        var client = kestrel ? new HttpClient { BaseAddress = new Uri(app.Urls.Single()) } : app.GetTestClient();
        return new ServeApp(path, app, client, logs);
    }

    /// <summary>Sends a request with the key in the header (default), in <c>?code=</c>, or none (<paramref name="key"/> null).</summary>
    public async Task<Response> SendAsync(HttpMethod method, string path, string? body = null, string? key = Key, bool keyInQuery = false)
    {
        var uri = keyInQuery && key is not null ? $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}code={Uri.EscapeDataString(key)}" : path;
        using var request = new HttpRequestMessage(method, uri);
        if (key is not null && !keyInQuery)
        {
            request.Headers.Add("x-functions-key", key);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await Client.SendAsync(request);
        return new Response((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location?.ToString() ?? string.Empty,
            await response.Content.ReadAsStringAsync());
    }

    public Task<Response> GetAsync(string path, string? key = Key) => SendAsync(HttpMethod.Get, path, key: key);

    public Task<Response> PostAsync(string path, string? body = null, string? key = Key) => SendAsync(HttpMethod.Post, path, body, key);

    public async Task<int> BotCountAsync() => (await GetAsync("/api/bots")).Json().GetArrayLength();

    public async Task<string?> StatusAsync(string id) => (await GetAsync($"/api/bots/{id}")).Json().GetProperty("status").GetString();

    /// <summary>Creates a paper bot on the fake Binance's BTCUSDT prices and checks it worked.</summary>
    public async Task CreatePaperBotAsync(string id)
    {
        var created = await PostAsync("/api/bots", PaperBot(id));
        created.Status.Should().Be(201, created.Body);
    }

    public static string PaperBot(string id) => $$"""
        {"botId":"{{id}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper",
         "lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}
        """;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
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

    public sealed record Response(int Status, string? ContentType, string Location, string Body)
    {
        public JsonElement Json()
        {
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.Clone();
        }

        public string Detail => Json().GetProperty("detail").GetString()!;
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
