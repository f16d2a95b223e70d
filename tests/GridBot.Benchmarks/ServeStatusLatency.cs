using System.Diagnostics;
using System.Globalization;
using GridBot.Testing.FakeVenues;

namespace GridBot.Benchmarks;

/// <summary>
/// The control API's status read with 100 bots: <c>gridbot serve</c> on a real Kestrel (127.0.0.1) over SQLite, 100
/// paper bots created and started against the fake Binance, then <c>GET /api/bots/{id}</c> round-robin over them, one
/// at a time over keep-alive HTTP: p50, p99 and max. Run: <c>-- serve-status [N]</c> (default 5,000 reads after 500
/// warm-up reads). The target is p99 under 5 ms.
/// </summary>
internal static class ServeStatusLatency
{
    public static async Task RunAsync(int reads)
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        await using var serve = await ServeBench.StartAsync(venue);
        var client = serve.Client;
        await serve.StartPaperBotsAsync("b", 100);

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

        await serve.StopAsync();
        samples.Sort();
        double P(double q) => ServeBench.Percentile(samples, q);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Control API status read over {reads:N0} reads, 100 running paper bots, Kestrel on 127.0.0.1, SQLite: p50 {P(0.50):F2} ms, p99 {P(0.99):F2} ms, max {samples[^1]:F2} ms"));
    }
}
