using System.Diagnostics;
using System.Globalization;
using System.Text;
using GridBot.Cli.Serve;
using GridBot.Testing.FakeVenues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GridBot.Benchmarks;

/// <summary>
/// The control API's status read with 100 bots: <c>gridbot serve</c> on a real Kestrel (127.0.0.1) over SQLite, 100
/// paper bots created and started against the fake Binance, then <c>GET /api/bots/{id}</c> round-robin over them, one
/// at a time over keep-alive HTTP: p50, p99 and max. Run: <c>-- serve-status [N]</c> (default 5,000 reads after 500
/// warm-up reads). The target is p99 under 5 ms.
/// </summary>
internal static class ServeStatusLatency
{
    private const string Key = "bench-key-0123456789abcdef";

    public static async Task RunAsync(int reads)
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        var db = Path.Combine(Path.GetTempPath(), $"gridbot-bench-serve-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = db,
            ["Exchange:BaseUrl"] = venue.BaseUrl.ToString(),
            ["Api:Keys:0"] = Key,
            ["GridBot:LiveLoopInterval"] = "01:00:00",
        }).Build();
        await using var app = ServeHost.Build(configuration, "http://127.0.0.1:0", b => b.Logging.SetMinimumLevel(LogLevel.Warning));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        client.DefaultRequestHeaders.Add("x-functions-key", Key);
        for (var i = 0; i < 100; i++)
        {
            var body = $$"""{"botId":"b{{i}}","venue":"binance","market":"spot","symbol":"BTCUSDT","mode":"paper","lower":55000,"upper":65000,"levels":11,"quotePerLevel":100,"capital":2000}""";
            using var created = await client.PostAsync("/api/bots", new StringContent(body, Encoding.UTF8, "application/json"));
            using var started = await client.PostAsync($"/api/bots/b{i}/start", null);
            if (!created.IsSuccessStatusCode || !started.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"bot b{i}: create {created.StatusCode}, start {started.StatusCode}");
            }
        }

        var samples = new List<double>(reads);
        for (var i = -500; i < reads; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync($"/api/bots/b{(i + 500) % 100}");
            await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"status read {response.StatusCode}");
            }

            if (i >= 0)
            {
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        await app.StopAsync();
        samples.Sort();
        double P(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(q * samples.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Control API status read over {reads:N0} reads, 100 running paper bots, Kestrel on 127.0.0.1, SQLite: p50 {P(0.50):F2} ms, p99 {P(0.99):F2} ms, max {samples[^1]:F2} ms"));
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }
    }
}
