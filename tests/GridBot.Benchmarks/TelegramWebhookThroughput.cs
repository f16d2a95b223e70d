using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GridBot.Testing.FakeTelegram;
using GridBot.Testing.FakeVenues;

namespace GridBot.Benchmarks;

/// <summary>
/// The Telegram webhook under load: <c>gridbot serve</c> on a real Kestrel (127.0.0.1) over SQLite with 10 running
/// paper bots, Telegram on with the stand-in Bot API (same process, also on Kestrel) receiving every reply; N updates
/// (a third each /status, /bots and an unknown command, each a distinct update_id) posted with the secret header by
/// <c>concurrency</c> senders over keep-alive HTTP. Each update's time is until the webhook answered 200, i.e. after the
/// command ran and its reply was accepted by the Bot API. Prints updates/s, p50, p99 and max. Run:
/// <c>-- telegram-webhook [N] [concurrency]</c> (default 3,000 updates, 8 senders, after 300 warm-up updates).
/// The target is 200 updates/s sustained.
/// </summary>
internal static class TelegramWebhookThroughput
{
    private const string Secret = "bench-secret_0123456789";
    private static readonly string[] Commands = ["/status", "/bots", "/frobnicate"];

    public static async Task RunAsync(int updates, int concurrency)
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        await using var api = await FakeBotApi.StartAsync();
        await using var serve = await ServeBench.StartAsync(venue, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_-",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:AllowedChatIds"] = "42",
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString().TrimEnd('/'),
        });
        await serve.StartPaperBotsAsync("t", 10);
        var client = serve.Client;

        var next = 0L;
        await SendAsync(client, 300, concurrency, () => Interlocked.Increment(ref next)); // warm-up
        api.Clear();
        var samples = new double[updates];
        var watch = Stopwatch.StartNew();
        await SendAsync(client, updates, concurrency, () => Interlocked.Increment(ref next), samples);
        var elapsed = watch.Elapsed;
        await serve.StopAsync();

        var replies = api.CallsTo("sendMessage").Count(c => c.Status == 200 && !(c.Value("text") ?? string.Empty).StartsWith(@"\[", StringComparison.Ordinal));
        Array.Sort(samples);
        double P(double q) => ServeBench.Percentile(samples, q);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Telegram webhook: {updates:N0} updates (/status, /bots, unknown) from {concurrency} senders, 10 running paper bots, Kestrel on 127.0.0.1, SQLite: {updates / elapsed.TotalSeconds:F0} updates/s, p50 {P(0.50):F2} ms, p99 {P(0.99):F2} ms, max {samples[^1]:F2} ms; {replies:N0} replies accepted by the stand-in Bot API"));
    }

    private static async Task SendAsync(HttpClient client, int count, int concurrency, Func<long> nextId, double[]? samples = null)
    {
        var taken = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref taken)) < count)
            {
                var id = nextId();
                var text = Commands[id % Commands.Length];
                var body = $$$"""{"update_id":{{{id}}},"message":{"message_id":{{{id}}},"chat":{"id":42,"type":"private"},"date":1764936000,"text":{{{JsonSerializer.Serialize(text)}}}}}""";
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"update {id}: {response.StatusCode}");
                }

                if (samples is not null)
                {
                    samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
        });
        await Task.WhenAll(workers);
    }
}
