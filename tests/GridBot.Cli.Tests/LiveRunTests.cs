using GridBot.Core.Market;
using GridBot.Storage.Sqlite;
using GridBot.Testing.FakeVenues;
using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

/// <summary>
/// <c>gridbot run --live</c> end to end against the local fake venues (real HTTP on 127.0.0.1, signatures checked by
/// the fake): the grid is placed, prices trade through it while the bot runs, and afterwards every fill the venue
/// made is in the bot's ledger exactly once and no client order id was ever placed twice.
/// </summary>
public sealed class LiveRunTests(ITestOutputHelper output) : IDisposable
{
    private const string BotId = "e2e";
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-live-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Db => Path.Combine(_dir, "live.db");

    public static TheoryData<Venue, MarketType, bool> Venues => new()
    {
        { Venue.Binance, MarketType.Spot, false },
        { Venue.Binance, MarketType.Perp, false },
        { Venue.Bybit, MarketType.Spot, false },
        { Venue.Bybit, MarketType.Perp, false },
        { Venue.Binance, MarketType.Spot, true },
        { Venue.Binance, MarketType.Perp, true },
        { Venue.Bybit, MarketType.Spot, true },
        { Venue.Bybit, MarketType.Perp, true },
    };

    [Theory]
    [MemberData(nameof(Venues))]
    public async Task RunLive_TradesThroughTheGrid_EveryVenueFillInTheLedgerOnce(Venue venue, MarketType market, bool streams)
    {
        await using var fake = await LiveFake.StartAsync(venue, market);
        string[] args = ["run", "--live", "--venue", venue.ToString().ToLowerInvariant(), "--market", market.ToString().ToLowerInvariant(),
            "--symbol", "BTCUSDT", "--lower", "59000", "--upper", "61000", "--levels", "5", "--capital", "5000",
            "--base-url", fake.BaseUrl.ToString(), "--api-key", fake.ApiKey, "--api-secret", fake.ApiSecret,
            "--tick-interval", "1s", "--max-ticks", "4", "--db", Db, "--bot-id", BotId, "--json"];
        if (!streams)
        {
            args = [.. args, "--no-stream"];
        }

        var running = Task.Run(() => CliRun.Of(args));
        await fake.WaitForOpenOrdersAsync(4, running);
        fake.Market.Trade(59_400m);
        var run = await running;

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("ticks").GetInt32().Should().Be(4);
        json.GetProperty("fills").GetInt32().Should().BeGreaterThan(0);
        json.GetProperty("streaming").GetString().Should().Be(streams ? "user events" : "off");
        if (streams)
        {
            json.GetProperty("streamEvents").GetInt64().Should().BeGreaterThan(0, "the venue pushed the order and fill events over the user stream");
        }

        var venueFills = fake.Market.Fills.Select(f => f.TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        venueFills.Should().NotBeEmpty();
        (await LedgerTradeIdsAsync()).Should().BeEquivalentTo(venueFills, "every fill the venue made is in the ledger, once");
        json.GetProperty("fills").GetInt32().Should().Be(venueFills.Count);
        fake.Market.Orders.GroupBy(o => o.ClientOrderId).Should().OnlyContain(g => g.Count() == 1, "no client order id is placed twice");
        run.Out.Should().NotContain(fake.ApiSecret);
        run.Err.Should().NotContain(fake.ApiSecret);
    }

    [Theory]
    [InlineData(Venue.Binance)]
    [InlineData(Venue.Bybit)]
    public async Task RunPaperOnVenuePrices_PaperFillsFollowTheVenuesQuote_EvenWithTheMarketStreamUnreachable(Venue venue)
    {
        await using var fake = await LiveFake.StartAsync(venue, MarketType.Spot);

        var running = Task.Run(() => CliRun.Of("run", "--paper", "--venue", venue.ToString().ToLowerInvariant(), "--symbol", "BTCUSDT",
            "--lower", "59000", "--upper", "61000", "--levels", "5", "--capital", "5000", "--base-url", fake.BaseUrl.ToString(),
            "--tick-interval", "1s", "--max-ticks", "4", "--db", Db, "--bot-id", BotId, "--json"));
        await fake.WaitForRequestsAsync(r => r.Path.Contains("ticker", StringComparison.OrdinalIgnoreCase), 2, running);
        fake.Market.LastPrice = 59_400m;
        var run = await running;

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.GetProperty("paper").GetBoolean().Should().BeTrue();
        json.GetProperty("streaming").GetString().Should().Be("prices");
        json.GetProperty("fills").GetInt32().Should().BeGreaterThan(0, "the venue's price fell through a buy level of the paper grid");
        fake.Market.Orders.Should().BeEmpty("paper orders never reach the venue");
    }

    [Fact]
    public async Task RunLive_SecondRunWithTheSameBot_ResumesItsGridWithoutPlacingItAgain()
    {
        await using var fake = await LiveFake.StartAsync(Venue.Binance, MarketType.Spot);
        string[] args = ["run", "--live", "--venue", "binance", "--symbol", "BTCUSDT", "--lower", "59000", "--upper", "61000", "--levels", "5",
            "--capital", "5000", "--base-url", fake.BaseUrl.ToString(), "--api-key", fake.ApiKey, "--api-secret", fake.ApiSecret,
            "--tick-interval", "1s", "--max-ticks", "2", "--db", Db, "--bot-id", BotId, "--json"];

        var first = await Task.Run(() => CliRun.Of(args));
        var ordersAfterFirst = fake.Market.Orders.Count;
        var openAfterFirst = fake.Market.OpenOrders.Select(o => o.ClientOrderId).ToList();
        var second = await Task.Run(() => CliRun.Of(args));

        first.ExitCode.Should().Be(0, first.Err);
        second.ExitCode.Should().Be(0, second.Err);
        second.Err.Should().NotContain("created", "the bot already exists in the database");
        fake.Market.Orders.Count.Should().Be(ordersAfterFirst, "nothing traded between the runs, so the grid is already in place");
        fake.Market.OpenOrders.Select(o => o.ClientOrderId).Should().BeEquivalentTo(openAfterFirst);
        second.Json().GetProperty("orders").GetInt32().Should().Be(first.Json().GetProperty("orders").GetInt32());

        var changed = await Task.Run(() => CliRun.Of([.. args.Select(a => a == "59000" ? "58000" : a)]));
        changed.ExitCode.Should().Be(2, "a saved bot is resumed as it was, not silently with other options");
        changed.Err.Should().Contain($"bot {BotId} already exists with grid 59000–61000 × 5");
        fake.Market.Orders.Count.Should().Be(ordersAfterFirst);
    }

    [Fact]
    public async Task RunLive_WrongSecret_FailsNamingTheAuthProblemWithoutPrintingTheSecret()
    {
        await using var fake = await LiveFake.StartAsync(Venue.Binance, MarketType.Spot);
        const string wrong = "not-the-right-secret-0123456789";

        var run = await Task.Run(() => CliRun.Of("run", "--live", "--venue", "binance", "--symbol", "BTCUSDT", "--lower", "59000", "--upper", "61000",
            "--levels", "5", "--base-url", fake.BaseUrl.ToString(), "--api-key", fake.ApiKey, "--api-secret", wrong,
            "--tick-interval", "1s", "--max-ticks", "1", "--db", Db, "--no-stream"));

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("API keys").And.Contain("-1022");
        fake.Market.Orders.Should().BeEmpty();
        (run.Out + run.Err).Should().NotContain(wrong);
    }

    [Theory]
    [InlineData(Venue.Binance)]
    [InlineData(Venue.Bybit)]
    public async Task RunLivePerp_SetsTheChosenLeverageBeforeTrading(Venue venue)
    {
        await using var fake = await LiveFake.StartAsync(venue, MarketType.Perp);

        var run = await Task.Run(() => CliRun.Of(PerpArgs(fake, venue, "--leverage", "3")));

        run.ExitCode.Should().Be(0, run.Err);
        fake.Market.Leverage.Should().Be(3);
        run.Err.Should().Contain("one-way mode, leverage 3x");
    }

    [Theory]
    [InlineData(Venue.Binance)]
    [InlineData(Venue.Bybit)]
    public async Task RunLivePerp_HedgeModeAccount_Exit2BeforeAnyOrder(Venue venue)
    {
        await using var fake = await LiveFake.StartAsync(venue, MarketType.Perp, hedgeMode: true);

        var run = await Task.Run(() => CliRun.Of(PerpArgs(fake, venue)));

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("hedge mode");
        fake.Market.Orders.Should().BeEmpty();
    }

    [Theory]
    [InlineData("spot", "5", "--market perp only")]
    [InlineData("perp", "0", "use 1 to 125")]
    [InlineData("perp", "126", "use 1 to 125")]
    public void RunLive_BadLeverage_Exit2(string market, string leverage, string message)
    {
        var run = CliRun.Of("run", "--live", "--venue", "binance", "--market", market, "--api-key", "k", "--api-secret", "s", "--leverage", leverage, "--db", Db);

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain(message);
    }

    private string[] PerpArgs(LiveFake fake, Venue venue, params string[] extra) =>
    [
        "run", "--live", "--venue", venue.ToString().ToLowerInvariant(), "--market", "perp", "--symbol", "BTCUSDT", "--lower", "59000", "--upper", "61000",
        "--levels", "5", "--capital", "5000", "--base-url", fake.BaseUrl.ToString(), "--api-key", fake.ApiKey, "--api-secret", fake.ApiSecret,
        "--tick-interval", "1s", "--max-ticks", "1", "--db", Db, "--no-stream", "--json", .. extra,
    ];

    [Fact]
    public async Task RunLive_RecvWindow_IsSentWithEverySignedRequest()
    {
        await using var fake = await LiveFake.StartAsync(Venue.Binance, MarketType.Spot);

        var run = await Task.Run(() => CliRun.Of("run", "--live", "--venue", "binance", "--symbol", "BTCUSDT", "--lower", "59000", "--upper", "61000",
            "--levels", "5", "--base-url", fake.BaseUrl.ToString(), "--api-key", fake.ApiKey, "--api-secret", fake.ApiSecret, "--recv-window", "7000",
            "--tick-interval", "1s", "--max-ticks", "1", "--db", Db, "--no-stream", "--json"));

        run.ExitCode.Should().Be(0, run.Err);
        var signed = fake.Host.Requests.Where(r => r.Parameters.ContainsKey("signature")).ToList();
        signed.Should().NotBeEmpty();
        signed.Should().OnlyContain(r => r.Parameters["recvWindow"] == "7000");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("60001")]
    public void RunLive_RecvWindowOutOfRange_Exit2(string value)
    {
        var run = CliRun.Of("run", "--live", "--venue", "binance", "--api-key", "k", "--api-secret", "s", "--recv-window", value, "--db", Db);

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("--recv-window");
    }

    [Fact]
    public void RunLive_WithoutKeys_Exit2NamesTheMissingKeys()
    {
        var run = CliRun.Of("run", "--live", "--venue", "bybit", "--symbol", "BTCUSDT", "--base-url", "http://127.0.0.1:9/", "--db", Db);

        run.ExitCode.Should().Be(2);
        run.Err.Should().Contain("--api-key");
    }

    private async Task<IReadOnlyList<string>> LedgerTradeIdsAsync()
    {
        using var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Db }, TimeProvider.System, default);
        var fills = await storage.Fills.QueryAsync(BotId, null, null, default);
        return [.. fills.Select(f => f.TradeId)];
    }
}
