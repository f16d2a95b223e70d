using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Runtime;
using GridBot.Runtime.MarketData;
using GridFunctions.Timers;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace GridFunctions.Tests.Timers;

/// <summary>The timer functions called as methods on the app's wiring (SQLite, local folders, a fake Binance).</summary>
public sealed class TimerFunctionsTests : IAsyncLifetime
{
    private const long Minute = 60_000L;
    private readonly TimerApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task DailyBars_OneSeriesFails_StoresTheOtherAndThrowsNamingTheFailed()
    {
        var yesterday = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-1);
        var dayStart = new DateTimeOffset(yesterday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        _app.Venue.Bars.Add(TimeSpan.FromMinutes(1), Enumerable.Range(0, 1_440).Select(i => new Bar(dayStart + (i * Minute), 100m, 101.5m, 99.25m, 100.5m, 2.125m)));
        await _app.Stores.Registry.UpsertAsync(new BotInfo("spot", Venue.Binance, MarketType.Spot, "BTCUSDT", "Running", 0, 0), CancellationToken.None);
        await _app.Stores.Registry.UpsertAsync(new BotInfo("bybit", Venue.Bybit, MarketType.Spot, "BTCUSDT", "Running", 0, 0), CancellationToken.None);
        var function = _app.Function<DailyBarsFunction>();

        var run = () => function.RunAsync(new TimerInfo(), CancellationToken.None);

        (await run.Should().ThrowAsync<DailyBarsFailedException>()).Which.Message.Should().Contain("1 of 2 series failed").And.Contain("Bybit/Spot/BTCUSDT/1m");
        var series = new BarSeries(Venue.Binance, MarketType.Spot, new Symbol("BTC", "USDT"), BarInterval.OneMinute);
        (await _app.Stores.Bars.LoadAsync(series, 0, long.MaxValue / 2, CancellationToken.None)).Value.Should().HaveCount(1_440);
        Directory.GetFiles(_app.BarsPath, "part-0.parquet", SearchOption.AllDirectories).Should().ContainSingle();
    }

    [Fact]
    public async Task Reports_DailyAndWeekly_WriteTheirArtifactsAndNotify()
    {
        var config = new GridBot.Core.Bots.BotConfig("r1", Venue.Binance, MarketType.Spot,
            new SymbolRules(new Symbol("BTC", "USDT"), 0.01m, 0.00001m, minNotional: 5m),
            new GridBot.Core.Grid.GridSpec(20_000m, 24_000m, 11, GridBot.Core.Grid.GridSpacing.Arithmetic, GridBot.Core.Grid.LevelSizing.Quote(100m)),
            1_000m, GridBot.Core.Sizing.FeeSchedule.FromBps(10m, 10m), GridBot.Runtime.Control.RiskDefaults.Off, Paper: true);
        await _app.Services.GetRequiredService<IBotHost>().SendAndWaitAsync("r1", new CreateBot(config), CancellationToken.None);
        var function = _app.Function<ReportsFunctions>();

        var bots = _app.Services.GetRequiredService<IBotHost>();
        await function.RunWithAsync(GridBot.Runtime.Reporting.ReportKind.Daily, bots, CancellationToken.None);
        await function.RunWithAsync(GridBot.Runtime.Reporting.ReportKind.Weekly, bots, CancellationToken.None);

        var names = (await _app.Stores.Artifacts.ListAsync(string.Empty, CancellationToken.None)).Select(a => a.Name).ToList();
        var chart = GridBot.Runtime.Reporting.KpiChart.CanDraw; // the PNG needs a system font (CI installs one)
        names.Should().HaveCount(chart ? 8 : 6).And.Contain(n => n.StartsWith("daily/", StringComparison.Ordinal) && n.EndsWith("/portfolio.html", StringComparison.Ordinal))
            .And.Contain(n => n.StartsWith("weekly/", StringComparison.Ordinal) && n.EndsWith("/portfolio.csv", StringComparison.Ordinal));
        names.Count(n => n.EndsWith("/portfolio.png", StringComparison.Ordinal)).Should().Be(chart ? 2 : 0);
        File.Exists(Path.Combine([_app.ReportsPath, .. names[0].Split('/')])).Should().BeTrue();
    }
}
