using System.Globalization;
using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Cli.Tests;

public sealed class DataDownloadTests
{
    private const long Minute = DataDownloadFake.Minute;
    private const long Start = DataDownloadFake.Start;

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Binance, MarketType.Perp)]
    [InlineData(Venue.Bybit, MarketType.Spot)]
    [InlineData(Venue.Bybit, MarketType.Perp)]
    public async Task Download_TwoDays_StoresExactlyWhatTheVenueServesInPages(Venue venue, MarketType market)
    {
        await using var fake = await DataDownloadFake.StartAsync(venue, market);
        var seeded = fake.Seed(2_880 + 30); // two days and half an hour past --to

        var run = fake.Download("--from", "2023-03-01", "--to", "2023-03-03", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        (await fake.StoredAsync()).Should().Equal(seeded.Take(2_880));
        fake.KlineRequests.Should().HaveCount(3, "2,880 bars are three pages of at most 1,000");
        var json = run.Json();
        json.GetProperty("barsFetched").GetInt64().Should().Be(2_880);
        json.GetProperty("daysWritten").GetInt32().Should().Be(2);
        json.GetProperty("storedFirst").GetString().Should().Be("2023-03-01T00:00:00Z");
        json.GetProperty("storedLast").GetString().Should().Be("2023-03-02T23:59:00Z");
        json.GetProperty("missingBars").GetInt64().Should().Be(0);
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Bybit, MarketType.Perp)]
    public async Task Download_Rerun_FetchesNothingAndAsksTheVenueNothing(Venue venue, MarketType market)
    {
        await using var fake = await DataDownloadFake.StartAsync(venue, market);
        fake.Seed(1_440);
        fake.Download("--from", "2023-03-01", "--to", "2023-03-02").ExitCode.Should().Be(0);
        var requests = fake.Host.Requests.Count;
        var files = DataFixture.PartFiles(fake.Root).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = fake.Download("--from", "2023-03-01", "--to", "2023-03-02", "--json");

        again.ExitCode.Should().Be(0, again.Err);
        again.Json().GetProperty("barsFetched").GetInt64().Should().Be(0);
        again.Json().GetProperty("rangesRequested").GetInt32().Should().Be(0);
        again.Json().GetProperty("storedBars").GetInt64().Should().Be(1_440);
        fake.Host.Requests.Count.Should().Be(requests);
        DataFixture.PartFiles(fake.Root).ToDictionary(f => f, File.GetLastWriteTimeUtc).Should().Equal(files);
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Bybit, MarketType.Spot)]
    public async Task Download_PartlyStored_RequestsOnlyTheMissingRanges(Venue venue, MarketType market)
    {
        await using var fake = await DataDownloadFake.StartAsync(venue, market);
        var seeded = fake.Seed(2_880);
        await fake.StoreAsync([.. seeded.Skip(500).Take(700), .. seeded.Skip(1_300).Take(700)]); // holes: [0, 500), [1200, 1300), [2000, 2880)

        var run = fake.Download("--from", "2023-03-01", "--to", "2023-03-03", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        (await fake.StoredAsync()).Should().Equal(seeded);
        run.Json().GetProperty("rangesRequested").GetInt32().Should().Be(3);
        run.Json().GetProperty("barsFetched").GetInt64().Should().Be(500 + 100 + 880);
        var starts = fake.KlineRequests.Select(r => long.Parse(r.Param(venue == Venue.Binance ? "startTime" : "start")!, CultureInfo.InvariantCulture));
        starts.Should().Equal(Start, Start + (1_200 * Minute), Start + (2_000 * Minute));
        if (venue == Venue.Bybit)
        {
            var ends = fake.KlineRequests.Select(r => long.Parse(r.Param("end")!, CultureInfo.InvariantCulture));
            ends.Should().Equal(Start + (500 * Minute) - 1, Start + (1_300 * Minute) - 1, Start + (2_880 * Minute) - 1);
        }
    }

    [Fact]
    public async Task Download_VenueFailsThenRecovers_KeepsStoredBarsExitsOneThenResumes()
    {
        await using var fake = await DataDownloadFake.StartAsync(Venue.Binance, MarketType.Spot);
        var seeded = fake.Seed(1_440);
        await fake.StoreAsync([.. seeded.Take(600)]);
        fake.Host.Faults.Add("/api/v3/klines", Fault.ServerErrorBefore(503), times: 3);

        var failed = fake.Download("--from", "2023-03-01", "--to", "2023-03-02");

        failed.ExitCode.Should().Be(1, failed.Err);
        failed.Err.Should().Contain("binance spot BTCUSDT 1m");
        (await fake.StoredAsync()).Should().Equal(seeded.Take(600));
        fake.Download("--from", "2023-03-01", "--to", "2023-03-02").ExitCode.Should().Be(0);
        (await fake.StoredAsync()).Should().Equal(seeded);
        fake.KlineRequests.Skip(3).Select(r => r.Param("startTime")).Should().Equal((Start + (600 * Minute)).ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Bybit, MarketType.Perp)]
    public async Task Download_NothingBeforeListing_StopsAndStoresWhatExists(Venue venue, MarketType market)
    {
        await using var fake = await DataDownloadFake.StartAsync(venue, market);
        var seeded = fake.Seed(300, Start + (5 * 1_440 * Minute)); // listed on the sixth day

        var run = fake.Download("--from", "2023-03-01", "--to", "2023-03-07", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        (await fake.StoredAsync()).Should().Equal(seeded);
        fake.KlineRequests.Count.Should().BeLessThanOrEqualTo(2, "an empty stretch is not walked page by page");
        run.Json().GetProperty("missingBars").GetInt64().Should().Be((6 * 1_440) - 300);
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Bybit, MarketType.Perp)]
    public async Task Download_UpToNow_StoresClosedBarsOnly(Venue venue, MarketType market)
    {
        await using var fake = await DataDownloadFake.StartAsync(venue, market);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var seeded = fake.Seed(11, (now / Minute * Minute) - (10 * Minute)); // the last one is still open

        var run = fake.Download("--from", DataCommand.Time(seeded[0].OpenTimeMs));
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        run.ExitCode.Should().Be(0, run.Err);
        var stored = await fake.StoredAsync();
        stored.Should().NotBeEmpty().And.OnlyContain(b => b.OpenTimeMs + Minute <= after);
        stored.Should().Equal(seeded.Take(stored.Count));
        stored.Count.Should().BeGreaterThanOrEqualTo(10);
    }

    [Theory]
    [InlineData(Venue.Binance, MarketType.Spot)]
    [InlineData(Venue.Binance, MarketType.Perp)]
    [InlineData(Venue.Bybit, MarketType.Spot)]
    public async Task Download_UnknownSymbol_ExitsTwoNamingItStoresNothing(Venue venue, MarketType market)
    {
        await using var fake = await DataDownloadFake.StartAsync(venue, market);
        fake.Seed(100);

        var run = CliRun.Of("data", "download", "--venue", venue.ToString().ToLowerInvariant(), "--market", market.ToString().ToLowerInvariant(),
            "--symbol", "NOPEUSDT", "--interval", "1m", "--from", "2023-03-01", "--to", "2023-03-02", "--out", fake.Root, "--base-url", fake.Host.BaseUrl.ToString());

        run.ExitCode.Should().Be(2, run.Err);
        run.Err.Should().Contain("NOPEUSDT");
        run.Out.Should().BeEmpty();
        fake.KlineRequests.Should().BeEmpty();
        DataFixture.PartFiles(fake.Root).Should().BeEmpty();
    }

    [Theory]
    [InlineData("--from", "yesterday-ish", "--to", "2023-03-02", "--from 'yesterday-ish'")]
    [InlineData("--from", "2023-03-02", "--to", "2023-03-01", "must be before --to")]
    [InlineData("--from", "2023-03-02", "--to", "2023-03-02", "must be before --to")]
    [InlineData("--from", "2023-03-01", "--to", "03/40/2023", "--to '03/40/2023'")]
    [InlineData("--from", "2999-01-01", "--to", "2999-01-02", "has closed yet")]
    public async Task Download_BadDates_ExitsTwoWithoutAskingTheVenue(string fromOption, string from, string toOption, string to, string message)
    {
        await using var fake = await DataDownloadFake.StartAsync(Venue.Binance, MarketType.Spot);

        var run = fake.Download(fromOption, from, toOption, to);

        run.ExitCode.Should().Be(2, run.Err);
        run.Err.Should().Contain(message);
        fake.Host.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("paper", "1m", "has no market data to download")]
    [InlineData("binance", "7x", "--interval")]
    public async Task Download_BadSeries_ExitsTwo(string venue, string interval, string message)
    {
        await using var fake = await DataDownloadFake.StartAsync(Venue.Binance, MarketType.Spot);

        var run = CliRun.Of("data", "download", "--venue", venue, "--symbol", "BTCUSDT", "--interval", interval, "--from", "2023-03-01",
            "--to", "2023-03-02", "--out", fake.Root, "--base-url", fake.Host.BaseUrl.ToString());

        run.ExitCode.Should().Be(2, run.Err);
        run.Err.Should().Contain(message);
    }

    [Fact]
    public async Task Download_Json_IsExactlyOneObjectWithTheSummaryFields()
    {
        await using var fake = await DataDownloadFake.StartAsync(Venue.Bybit, MarketType.Spot);
        fake.Seed(90);

        var run = fake.Download("--from", "2023-03-01T00:30:00Z", "--to", "2023-03-01T02:00", "--json");

        run.ExitCode.Should().Be(0, run.Err);
        var json = run.Json();
        json.EnumerateObject().Select(p => p.Name).Should().Equal(
            "root", "venue", "market", "symbol", "interval", "from", "to", "rangesRequested", "barsFetched", "barsAdded", "daysWritten",
            "storedFirst", "storedLast", "storedBars", "missingBars");
        json.GetProperty("venue").GetString().Should().Be("bybit");
        json.GetProperty("from").GetString().Should().Be("2023-03-01T00:30:00Z");
        json.GetProperty("to").GetString().Should().Be("2023-03-01T02:00:00Z");
        json.GetProperty("barsFetched").GetInt64().Should().Be(60);
        json.GetProperty("barsAdded").GetInt64().Should().Be(60);
        json.GetProperty("missingBars").GetInt64().Should().Be(30);
        run.Err.Should().BeEmpty();
    }

    [Fact]
    public async Task Download_Text_SaysWhatWasFetchedAndStored()
    {
        await using var fake = await DataDownloadFake.StartAsync(Venue.Binance, MarketType.Perp);
        fake.Seed(120);

        var run = fake.Download("--from", "2023-03-01", "--to", "2023-03-01T02:00");

        run.ExitCode.Should().Be(0, run.Err);
        run.Out.Should().Contain("120 bars fetched").And.Contain("1 day(s) written").And.Contain("2023-03-01T00:00:00Z to 2023-03-01T01:59:00Z");
    }
}
