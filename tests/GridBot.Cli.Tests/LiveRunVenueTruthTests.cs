using GridBot.Core.Market;
using GridBot.Storage.Sqlite;
using Xunit.Abstractions;

namespace GridBot.Cli.Tests;

/// <summary>
/// <c>run --live</c> against fake venues that keep their own truth: a clock off ours by a second either way, pages of
/// two on every list, fees on spot buys taken in base. No fill is lost, the bot's position is what the venue's balance
/// says, and a resumed 60-order grid finds every one of its orders at the venue (all four venue/markets).
/// </summary>
public sealed class LiveRunVenueTruthTests(ITestOutputHelper output) : IDisposable
{
    private const string BotId = "truth";
    private readonly string _dir = Directory.CreateTempSubdirectory("gridbot-truth-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string Db => Path.Combine(_dir, "truth.db");

    public static TheoryData<Venue, MarketType, int> Skews => new()
    {
        { Venue.Binance, MarketType.Spot, 1_000 },
        { Venue.Binance, MarketType.Spot, -1_000 },
        { Venue.Binance, MarketType.Perp, 1_000 },
        { Venue.Binance, MarketType.Perp, -1_000 },
        { Venue.Bybit, MarketType.Spot, 1_000 },
        { Venue.Bybit, MarketType.Spot, -1_000 },
        { Venue.Bybit, MarketType.Perp, 1_000 },
        { Venue.Bybit, MarketType.Perp, -1_000 },
    };

    public static TheoryData<Venue, MarketType> Markets => new()
    {
        { Venue.Binance, MarketType.Spot },
        { Venue.Binance, MarketType.Perp },
        { Venue.Bybit, MarketType.Spot },
        { Venue.Bybit, MarketType.Perp },
    };

    [Theory]
    [MemberData(nameof(Skews))]
    public async Task RunLive_VenueClockSkewed_NoFillLost_PositionIsTheVenuesBalanceChange(Venue venue, MarketType market, int offsetMs)
    {
        await using var fake = await LiveFake.StartAsync(venue, market, clockOffset: TimeSpan.FromMilliseconds(offsetMs), pageSize: 2);
        var baseBefore = Base(fake, market);
        var running = Task.Run(() => CliRun.Of(Args(fake, venue, market, levels: 5, maxTicks: 4)));
        await fake.WaitForOpenOrdersAsync(4, running);
        fake.Market.Trade(59_400m);

        var run = await running;

        output.WriteLine(run.Err);
        run.ExitCode.Should().Be(0, run.Err);
        var venueFills = fake.Market.Fills.Select(f => f.TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        venueFills.Should().HaveCountGreaterThan(1, "the start-up buy and at least one grid buy filled");
        (await LedgerTradeIdsAsync()).Should().BeEquivalentTo(venueFills, "no fill is lost to the skew, and none counted twice");
        var position = run.Json().GetProperty("position").GetDecimal();
        position.Should().Be(Base(fake, market) - baseBefore, "the bot holds what the venue credited (fees in base included)");
        fake.Market.Orders.GroupBy(o => o.ClientOrderId).Should().OnlyContain(g => g.Count() == 1, "no client order id is placed twice");
    }

    [Theory]
    [MemberData(nameof(Markets))]
    public async Task RunLive_SixtyOrderGrid_ResumedRunFindsEveryOrderAtTheVenue(Venue venue, MarketType market)
    {
        await using var fake = await LiveFake.StartAsync(venue, market, pageSize: 2);
        var first = CliRun.Of(Args(fake, venue, market, levels: 61, maxTicks: 1));
        first.ExitCode.Should().Be(0, first.Err);
        fake.Market.OpenOrders.Should().HaveCount(60);

        var resumed = CliRun.Of(Args(fake, venue, market, levels: 61, maxTicks: 1));

        output.WriteLine(resumed.Err);
        resumed.ExitCode.Should().Be(0, resumed.Err);
        var json = resumed.Json();
        json.GetProperty("venueOpenOrders").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Number, resumed.Err);
        json.GetProperty("venueOpenOrders").GetInt32().Should().Be(60, "the venue's list is read to its last page");
        json.GetProperty("untrackedOrders").GetInt32().Should().Be(0);
        fake.Market.OpenOrders.Should().HaveCount(60);
        fake.Market.Orders.GroupBy(o => o.ClientOrderId).Should().OnlyContain(g => g.Count() == 1, "the resumed run re-sends nothing");
    }

    private string[] Args(LiveFake fake, Venue venue, MarketType market, int levels, int maxTicks) =>
        ["run", "--live", "--venue", venue.ToString().ToLowerInvariant(), "--market", market.ToString().ToLowerInvariant(),
            "--symbol", "BTCUSDT", "--lower", "59000", "--upper", "61000", "--levels", levels.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Perp contracts have larger minimums (Binance: 100 USDT notional; Bybit: 0.001 BTC steps).
            "--quote-per-level", market == MarketType.Perp ? "150" : "60", "--capital", market == MarketType.Perp ? "9500" : "8000",
            "--base-url", fake.BaseUrl.ToString(), "--api-key", fake.ApiKey, "--api-secret", fake.ApiSecret,
            "--tick-interval", "1s", "--max-ticks", maxTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--db", Db, "--bot-id", BotId, "--no-stream", "--json",
            // A 60-order perp grid locks margin on every order: leverage 2 keeps it inside the 10 000 USDT wallet.
            .. (market == MarketType.Perp ? new[] { "--leverage", "2" } : [])];

    private static decimal Base(LiveFake fake, MarketType market) =>
        market == MarketType.Perp ? fake.Market.PositionQuantity : fake.Market.Free(fake.Market.BaseAsset) + fake.Market.LockedBalance(fake.Market.BaseAsset);

    private async Task<IReadOnlyList<string>> LedgerTradeIdsAsync()
    {
        using var storage = await SqliteStorage.OpenAsync(new SqliteOptions { Path = Db }, TimeProvider.System, default);
        return (await storage.Fills.QueryAsync(BotId, null, null, default)).Select(f => f.TradeId).ToList();
    }
}
