using System.Text;
using GridBot.Cli.Serve;
using GridBot.Testing.FakeVenues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GridBot.Benchmarks;

/// <summary>
/// <c>gridbot serve</c> for a benchmark: a real Kestrel on 127.0.0.1 over a fresh SQLite file, prices from
/// <paramref name="venue"/>, no tick loop in the way, warnings only in the log; a keep-alive client with the API key.
/// Disposing stops the host and deletes the file.
/// </summary>
internal sealed class ServeBench : IAsyncDisposable
{
    public const string Key = "bench-key-0123456789abcdef";

    private readonly WebApplication _app;
    private readonly string _db;

    private ServeBench(WebApplication app, string db, HttpClient client)
    {
        _app = app;
        _db = db;
        Client = client;
    }

    /// <summary>Sends the API key on every request.</summary>
    public HttpClient Client { get; }

    public static async Task<ServeBench> StartAsync(FakeBinance venue, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var db = Path.Combine(Path.GetTempPath(), $"gridbot-bench-serve-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = db,
            ["Exchange:BaseUrl"] = venue.BaseUrl.ToString(),
            ["Api:Keys:0"] = Key,
            ["GridBot:LiveLoopInterval"] = "01:00:00",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var app = ServeHost.Build(configuration, "http://127.0.0.1:0", b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        client.DefaultRequestHeaders.Add("x-functions-key", Key);
        return new ServeBench(app, db, client);
    }

    /// <summary>Creates and starts <paramref name="count"/> paper BTCUSDT bots <c>{prefix}0…</c> through the API.</summary>
    public async Task StartPaperBotsAsync(string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var body = $$"""{"botId":"{{prefix}}{{i}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper","lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}""";
            using var created = await Client.PostAsync("/api/bots", new StringContent(body, Encoding.UTF8, "application/json"));
            using var started = await Client.PostAsync($"/api/bots/{prefix}{i}/start", null);
            if (!created.IsSuccessStatusCode || !started.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"bot {prefix}{i}: create {created.StatusCode}, start {started.StatusCode}");
            }
        }
    }

    /// <summary>The <paramref name="q"/> quantile of <paramref name="sorted"/> (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];

    /// <summary>Stops the host (before a result is printed, so its shutdown is not measured).</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        foreach (var file in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(file);
        }
    }
}
