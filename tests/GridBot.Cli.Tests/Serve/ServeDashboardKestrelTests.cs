using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests.Serve;

/// <summary>The chart route and page on a real Kestrel at 127.0.0.1, with 1m bars in the app's bar store.</summary>
public sealed class ServeDashboardKestrelTests : IAsyncLifetime
{
    private readonly string _bars = Path.Combine(Path.GetTempPath(), $"gridbot-dash-bars-{Guid.NewGuid():N}");
    private FakeBinance? _venue;
    private ServeApp? _app;

    private ServeApp App => _app!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync(new FakeBinanceOptions { Clock = TimeProvider.System });
        _app = await ServeApp.StartAsync(_venue, kestrel: true, new Dictionary<string, string?> { ["Storage:BarsPath"] = _bars });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_venue is not null)
        {
            await _venue.DisposeAsync();
        }

        if (Directory.Exists(_bars))
        {
            Directory.Delete(_bars, recursive: true);
        }
    }

    [Fact]
    public async Task Chart_OverTcp_StoredBarsOfTheLastHoursAreTheSeries()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 60_000 * 60_000;
        var bars = Enumerable.Range(1, 180).Select(i => new Bar(now - (i * 60_000L), 60000m, 60100m + i, 59900m - i, 60000m + i, 1m)).ToList();
        var series = new BarSeries(Venue.Binance, MarketType.Spot, new Symbol("BTC", "USDT"), BarInterval.OneMinute);
        var stores = App.Services.GetService(typeof(GridBot.Storage.BotStores)) as GridBot.Storage.BotStores;
        (await stores!.Bars.UpsertAsync(series, bars, CancellationToken.None)).IsSuccess.Should().BeTrue();
        await App.CreatePaperBotAsync("kdash1");

        var chart = await App.GetAsync("/api/bots/kdash1/chart");

        chart.Status.Should().Be(200, chart.Body);
        var body = chart.Json();
        body.GetProperty("barInterval").GetString().Should().Be("1m");
        var points = body.GetProperty("bars").EnumerateArray().ToList();
        points.Should().HaveCount(180);
        points.Select(p => p.GetProperty("timeMs").GetInt64()).Should().BeInAscendingOrder();
        points[^1].GetProperty("close").GetDecimal().Should().Be(60001m);
        body.GetProperty("barsDetail").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Chart_OverTcp_UnknownBot404_NoKey401()
    {
        (await App.GetAsync("/api/bots/nobody/chart")).Status.Should().Be(404);
        (await App.GetAsync("/api/bots/nobody/chart", key: null)).Status.Should().Be(401);
    }

    [Fact]
    public async Task Dashboard_OverTcp_RootFollowsToThePageWithItsPolicy()
    {
        using var response = await App.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).Should().Be(200);
        response.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/api/dashboard");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain(ServeDashboardTests.Sha256(ServeDashboardTests.Block(html, "script")));
        ServeDashboardTests.AssertSelfContained(html);
    }
}
