using System.Globalization;
using System.Text.RegularExpressions;
using GridBot.Runtime.Control;
using Microsoft.Extensions.DependencyInjection;

namespace GridBot.Cli.Tests.Serve;

/// <summary><c>GET /metrics</c>: per-bot gauges from the bots' own figures, venue latency and errors, control-API problems, the key.</summary>
public sealed class MetricsTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ServeApp _app = fixture.App;

    [Fact]
    public async Task Metrics_RunningPaperBot_GaugesEqualItsApiFigures()
    {
        await _app.CreatePaperBotAsync("met1");
        (await _app.PostAsync("/api/bots/met1/start")).Status.Should().Be(200);
        var bot = (await _app.GetAsync("/api/bots/met1")).Json();
        var state = (await _app.Services.GetRequiredService<BotControlService>().StateAsync("met1", CancellationToken.None)).Value!;

        var scrape = await _app.GetAsync("/metrics");

        scrape.Status.Should().Be(200, scrape.Body);
        scrape.ContentType.Should().Be("text/plain");
        bot.GetProperty("position").GetDecimal().Should().BePositive("the start buys the position the grid needs");
        const string labels = "bot=\"met1\",venue=\"Binance\",market=\"Spot\",symbol=\"BTCUSDT\"";
        Sample(scrape.Body, "gridbot_bot_position", labels).Should().Be((double)bot.GetProperty("position").GetDecimal());
        Sample(scrape.Body, "gridbot_bot_realized_pnl", labels).Should().Be((double)bot.GetProperty("averageCostRealizedPnl").GetDecimal());
        bot.GetProperty("openOrders").GetInt32().Should().BePositive();
        Sample(scrape.Body, "gridbot_bot_open_orders", labels).Should().Be(bot.GetProperty("openOrders").GetInt32());
        Sample(scrape.Body, "gridbot_bot_equity", labels).Should().Be((double)state.Equity(state.Risk.LastPrice!.Value));
        Sample(scrape.Body, "gridbot_bot_unrealized_pnl", labels).Should().Be((double)state.Position.UnrealizedPnl(state.Risk.LastPrice!.Value));
    }

    [Fact]
    public async Task Metrics_AfterVenueCalls_LatencyHistogramHasSamplesPerPath()
    {
        await _app.CreatePaperBotAsync("met2");

        var scrape = await _app.GetAsync("/metrics");

        foreach (var path in new[] { "/api/v3/exchangeInfo", "/api/v3/ticker/bookTicker" })
        {
            var labels = $"host=\"127.0.0.1\",method=\"GET\",path=\"{path}\"";
            Sample(scrape.Body, "gridbot_venue_request_duration_seconds_count", labels).Should().BePositive(path);
            Sample(scrape.Body, "gridbot_venue_request_duration_seconds_bucket", labels + ",le=\"10\"").Should().BePositive(path);
        }
    }

    [Fact]
    public async Task Metrics_VenueRejectsSymbol_CountsItsStatusAndCode()
    {
        var created = await _app.PostAsync("/api/bots", ServeApp.PaperBot("met3").Replace("BTCUSDT", "NOPEUSDT", StringComparison.Ordinal));
        created.Status.Should().BeGreaterThanOrEqualTo(400, created.Body);

        var scrape = await _app.GetAsync("/metrics");

        Sample(scrape.Body, "gridbot_venue_errors_total", "host=\"127.0.0.1\",path=\"/api/v3/exchangeInfo\",status=\"400\",code=\"-1121\"")
            .Should().BePositive();
    }

    [Fact]
    public async Task Metrics_ControlApi404_CountedByStatus()
    {
        var before = Sample((await _app.GetAsync("/metrics")).Body, "gridbot_api_errors_total", "status=\"404\"") ?? 0;

        (await _app.GetAsync("/api/bots/nobody")).Status.Should().Be(404);

        Sample((await _app.GetAsync("/metrics")).Body, "gridbot_api_errors_total", "status=\"404\"").Should().Be(before + 1);
    }

    [Fact]
    public async Task Metrics_Key_RequiredInHeaderOrQuery()
    {
        var none = await _app.GetAsync("/metrics", key: null);
        var wrong = await _app.GetAsync("/metrics", key: "not-the-key");
        var query = await _app.SendAsync(HttpMethod.Get, "/metrics", keyInQuery: true);

        none.Status.Should().Be(401);
        none.ContentType.Should().Be("application/problem+json");
        wrong.Status.Should().Be(401);
        query.Status.Should().Be(200);
        query.Body.Should().Contain("# TYPE gridbot_api_errors_total counter");
        (await _app.GetAsync("/api/health", key: null)).Status.Should().Be(200);
    }

    /// <summary>The value of the one sample <paramref name="name"/>{<paramref name="labels"/>}, or null when absent.</summary>
    private static double? Sample(string text, string name, string labels)
    {
        var match = Regex.Match(text, $"^{Regex.Escape(name)}\\{{{Regex.Escape(labels)}\\}} (\\S+)$", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }
}
