using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using GridBot.Core.Bots.Operations;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Runtime.Control;
using GridBot.Runtime.Reporting;
using GridBot.Runtime.Hosting;
using GridBot.Storage.Artifacts;
using GridBot.Telegram;
using GridBot.Testing.FakeTelegram;
using Microsoft.Extensions.Logging.Abstractions;

namespace GridBot.Runtime.Tests.Reporting;

/// <summary>The report on a real runtime (SQLite, a paper venue): a bot traded over two days of simulated bars.</summary>
public sealed class KpiReportJobTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero); // the simulator's first bar

    [SkippableFact]
    public async Task RunDaily_TradedBot_CsvFiguresAreTheBotsOwnAndTheLedgersPeriodFills()
    {
        ChartFont.Require();
        await using var t = await TradedAsync();
        var clock = new ManualClock(new DateTimeOffset(2024, 1, 3, 0, 10, 0, TimeSpan.Zero));

        var result = await t.Job(clock).RunAsync(ReportKind.Daily, CancellationToken.None);

        result.Artifacts.Should().Equal("daily/2024-01-02/portfolio.csv", "daily/2024-01-02/bots.csv", "daily/2024-01-02/portfolio.html", "daily/2024-01-02/portfolio.png");
        var view = BotView.Of((await t.Runtime.GetStateAsync("bot1"))!);
        var state = (await t.Runtime.GetStateAsync("bot1"))!;
        var ledger = await t.H.Storage.Fills.QueryAsync("bot1", null, null, CancellationToken.None);
        var inPeriod = ledger.Where(f => f.TimeMs >= Ms(2024, 1, 2) && f.TimeMs < Ms(2024, 1, 3)).ToList();
        inPeriod.Should().NotBeEmpty().And.HaveCountLessThan(ledger.Count, "the fixture trades on both days");

        var bots = await t.CsvAsync("daily/2024-01-02/bots.csv");
        string.Join(",", bots[0]).Should().Be(KpiCsv.BotsHeader);
        bots.Should().HaveCount(3, "a header and two bots; the bot without state is left out");
        var row = Row(bots, "bot1");
        row["period"].Should().Be("2024-01-02");
        row["status"].Should().Be(view.Status);
        D(row["position"]).Should().Be(view.Position);
        D(row["average_entry_price"]).Should().Be(view.AverageEntryPrice);
        D(row["realized_pnl"]).Should().Be(view.AverageCostRealizedPnl);
        D(row["grid_profit"]).Should().Be(view.GridProfit).And.BeGreaterThan(0m);
        D(row["fees"]).Should().Be(view.Fees).And.BeGreaterThan(0m);
        int.Parse(row["round_trips"], CultureInfo.InvariantCulture).Should().Be(view.RoundTrips);
        D(row["last_price"]).Should().Be(state.Risk.LastPrice!.Value);
        D(row["unrealized_pnl"]).Should().Be(state.Position.UnrealizedPnl(state.Risk.LastPrice!.Value));
        D(row["equity"]).Should().Be(state.Equity(state.Risk.LastPrice!.Value));
        int.Parse(row["period_fills"], CultureInfo.InvariantCulture).Should().Be(inPeriod.Count);
        int.Parse(row["period_buys"], CultureInfo.InvariantCulture).Should().Be(inPeriod.Count(f => f.Side == OrderSide.Buy));
        D(row["period_volume"]).Should().Be(inPeriod.Sum(f => f.Price * f.Quantity));
        Row(bots, "bot2")["status"].Should().Be("Created");
        Row(bots, "bot2")["equity"].Should().BeEmpty("a bot that never saw a price has no equity");

        var portfolio = Row(await t.CsvAsync("daily/2024-01-02/portfolio.csv"), "USDT", "quote_asset");
        portfolio["bots"].Should().Be("2");
        portfolio["running"].Should().Be("1");
        portfolio["priced_bots"].Should().Be("1");
        D(portfolio["realized_pnl"]).Should().Be(view.AverageCostRealizedPnl);
        D(portfolio["capital"]).Should().Be(view.Capital * 2);
        int.Parse(portfolio["period_fills"], CultureInfo.InvariantCulture).Should().Be(inPeriod.Count);

        var html = Encoding.UTF8.GetString((await t.Artifacts.GetAsync("daily/2024-01-02/portfolio.html", CancellationToken.None))!);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("bot1").And.Contain("2024-01-02").And.NotContain("<script").And.NotContain("http");
        var png = (await t.Artifacts.GetAsync("daily/2024-01-02/portfolio.png", CancellationToken.None))!;
        png.Should().Equal(KpiChart.Png(result.Report), "the chart of the report's own figures");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).Should().Be(KpiChart.Width);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).Should().Be(KpiChart.Height([2]), "one USDT panel of the two bots with state");
        t.Notifier.Messages.Should().ContainSingle().Which.Should().Contain("Daily report 2024-01-02").And.Contain("2 bots, 1 running")
            .And.Contain("1 without state").And.Contain(string.Create(CultureInfo.InvariantCulture, $"{inPeriod.Count} fills"));
        result.Report.Missing.Should().Equal("ghost");
    }

    [Fact]
    public async Task RunDaily_Rerun_OverwritesTheSameArtifacts()
    {
        await using var t = await TradedAsync();
        var clock = new ManualClock(new DateTimeOffset(2024, 1, 3, 0, 10, 0, TimeSpan.Zero));
        await t.Job(clock).RunAsync(ReportKind.Daily, CancellationToken.None);
        var first = await t.Artifacts.GetAsync("daily/2024-01-02/portfolio.csv", CancellationToken.None);
        await t.Runtime.SendAndWaitAsync("bot1", new PauseBot("test"));
        clock.Set(clock.GetUtcNow().ToUnixTimeMilliseconds() + 60_000);

        var again = await t.Job(clock).RunAsync(ReportKind.Daily, CancellationToken.None);

        (await t.Artifacts.ListAsync("daily/", CancellationToken.None)).Select(a => a.Name).Should().BeEquivalentTo(again.Artifacts);
        var second = await t.Artifacts.GetAsync("daily/2024-01-02/portfolio.csv", CancellationToken.None);
        Encoding.UTF8.GetString(second!).Should().Be(KpiCsv.Portfolio(again.Report)).And.NotBe(Encoding.UTF8.GetString(first!));
        Row(await t.CsvAsync("daily/2024-01-02/bots.csv"), "bot1")["status"].Should().Be("Paused");
    }

    [Fact]
    public async Task RunWeekly_OnMonday_ThePreviousIsoWeekWithEveryFill()
    {
        await using var t = await TradedAsync();
        var clock = new ManualClock(new DateTimeOffset(2024, 1, 8, 0, 15, 0, TimeSpan.Zero));

        var result = await t.Job(clock).RunAsync(ReportKind.Weekly, CancellationToken.None);

        result.Artifacts.Should().OnlyContain(a => a.StartsWith("weekly/2024-W01/", StringComparison.Ordinal));
        var fills = await t.H.Storage.Fills.CountAsync("bot1", CancellationToken.None);
        Row(await t.CsvAsync("weekly/2024-W01/bots.csv"), "bot1")["period_fills"].Should().Be(fills.ToString(CultureInfo.InvariantCulture));
        t.Notifier.Messages.Should().ContainSingle().Which.Should().StartWith("Weekly report 2024-W01");
    }

    [SkippableFact]
    public async Task RunDaily_TelegramNotifier_SummaryAndTheFourFilesReachEveryAllowedChat()
    {
        ChartFont.Require();
        await using var t = await TradedAsync();
        await using var api = await FakeBotApi.StartAsync();
        using var http = new HttpClient();
        var options = new TelegramOptions
        {
            BotToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_-", WebhookSecret = "s3cr3t", AllowedChatIds = "42,-100123", ApiBaseUrl = api.BaseUrl.ToString().TrimEnd('/'),
        };
        var telegram = new TelegramNotifier(new TelegramSender(options, http, TimeProvider.System, NullLogger<TelegramSender>.Instance), options);
        var notifier = new CompositeNotifier([t.Notifier, telegram]);
        var clock = new ManualClock(new DateTimeOffset(2024, 1, 3, 0, 10, 0, TimeSpan.Zero));

        var result = await t.Job(clock, notifier).RunAsync(ReportKind.Daily, CancellationToken.None);

        t.Notifier.Messages.Should().ContainSingle("the log still gets the summary");
        api.CallsTo("sendMessage").Should().HaveCount(2).And.OnlyContain(c => c.Status == 200 && c.Value("text")!.StartsWith(@"\[report\] Daily report 2024\-01\-02", StringComparison.Ordinal));
        var documents = api.CallsTo("sendDocument");
        documents.Should().HaveCount(8);
        foreach (var chat in new[] { "42", "-100123" })
        {
            var files = documents.Where(d => d.Fields["chat_id"] == chat).Select(d => d.Files.Single()).ToList();
            files.Select(f => f.FileName).Should().Equal(
                "daily-2024-01-02-portfolio.csv", "daily-2024-01-02-bots.csv", "daily-2024-01-02-portfolio.html", "daily-2024-01-02-portfolio.png");
            files[^1].Content.AsSpan(0, 8).ToArray().Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "the PNG's bytes arrive unchanged");
            foreach (var (file, artifact) in files.Zip(result.Artifacts))
            {
                file.Content.Should().Equal(await t.Artifacts.GetAsync(artifact, CancellationToken.None), "the chat gets the stored file");
            }
        }
    }

    private static async Task<Traded> TradedAsync()
    {
        var config = RuntimeHarness.Config41(lower: 20_000m, upper: 24_000m);
        var h = await RuntimeHarness.CreateAsync(config, 0m, Start.ToUnixTimeMilliseconds());
        var runtime = h.NewRuntime();
        await h.Replay(runtime).RunAsync(config, RuntimeHarness.Simulated(seed: 5, bars: 3_000), null, h.Storage.Fills, CancellationToken.None);
        await runtime.SendAndWaitAsync("bot2", new CreateBot(RuntimeHarness.Config41("bot2")));
        await h.Storage.Registry.UpsertAsync(new BotInfo("ghost", Venue.Paper, MarketType.Spot, "BTCUSDT", "Running", 0, 0), CancellationToken.None);
        return new Traded(h, runtime);
    }

    private static long Ms(int y, int m, int d) => new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static decimal D(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Row(IReadOnlyList<string[]> csv, string key, string column = "bot_id")
    {
        var index = Array.IndexOf(csv[0], column);
        var row = csv.Skip(1).Single(r => r[index] == key);
        return csv[0].Select((h, i) => (h, row[i])).ToDictionary(p => p.h, p => p.Item2);
    }

    private sealed class Traded(RuntimeHarness h, BotRuntime runtime) : IAsyncDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-reports-").FullName;

        public RuntimeHarness H { get; } = h;

        public BotRuntime Runtime { get; } = runtime;

        public ConsoleNotifier Notifier { get; } = new(null);

        public LocalArtifactStore Artifacts => new(_dir);

        public KpiReportJob Job(TimeProvider clock, INotifier? notifier = null) =>
            new(H.Storage.Registry, Runtime, H.Storage.Fills, Artifacts, notifier ?? Notifier, clock, NullLogger<KpiReportJob>.Instance);

        /// <summary>The artifact's rows split on commas (these reports quote no field).</summary>
        public async Task<IReadOnlyList<string[]>> CsvAsync(string name)
        {
            var text = Encoding.UTF8.GetString((await Artifacts.GetAsync(name, CancellationToken.None))!);
            text.Should().EndWith("\n").And.NotContain("\"");
            return [.. text.TrimEnd('\n').Split('\n').Select(l => l.Split(','))];
        }

        public async ValueTask DisposeAsync()
        {
            await Runtime.DisposeAsync();
            await H.DisposeAsync();
            Directory.Delete(_dir, recursive: true);
        }
    }
}
