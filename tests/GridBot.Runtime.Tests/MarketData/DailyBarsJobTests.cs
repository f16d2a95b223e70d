using GridBot.Core.Market;
using GridBot.Runtime.MarketData;
using GridBot.Storage.Parquet;
using GridBot.Testing.FakeVenues;

namespace GridBot.Runtime.Tests.MarketData;

public sealed class DailyBarsJobTests
{
    [Fact]
    public async Task Run_BotsOnTwoVenues_StoresYesterdaysBarsOfEachDistinctSeriesExactly()
    {
        await using var v = await DailyBarsVenues.StartAsync();
        await v.RegisterAsync("a", Venue.Binance, MarketType.Spot);
        await v.RegisterAsync("b", Venue.Binance, MarketType.Spot); // same series: fetched once
        await v.RegisterAsync("c", Venue.Bybit, MarketType.Perp);
        await v.RegisterAsync("p", Venue.Paper, MarketType.Spot); // paper: no venue history
        var store = new LocalParquetBarStore(v.Root);

        var summary = await v.Job(store).RunAsync(CancellationToken.None);

        summary.Day.Should().Be(DailyBarsVenues.Day);
        summary.Series.Select(s => s.Series).Should().Equal(
            DailyBarsVenues.Series(Venue.Binance, MarketType.Spot), DailyBarsVenues.Series(Venue.Bybit, MarketType.Perp));
        summary.Series.Should().OnlyContain(s => s.Succeeded && s.BarsFetched == 1_440 && s.RangesRequested == 1 && s.StillMissing == 0);
        summary.Failed.Should().BeEmpty();
        foreach (var s in summary.Series)
        {
            var stored = await store.LoadAsync(s.Series, 0, long.MaxValue / 2, CancellationToken.None);
            stored.Value.Should().Equal(v.DayBars, "only the UTC day, every decimal as served");
        }

        summary.Invoking(s => s.EnsureSucceeded()).Should().NotThrow();
    }

    [Fact]
    public async Task Run_Rerun_AsksTheVenueNothingAndRewritesNothing()
    {
        await using var v = await DailyBarsVenues.StartAsync();
        await v.RegisterAsync("a", Venue.Binance, MarketType.Perp);
        await v.RegisterAsync("b", Venue.Bybit, MarketType.Spot);
        var store = new LocalParquetBarStore(v.Root);
        await v.Job(store).RunAsync(CancellationToken.None);
        var requests = v.KlineRequests;
        var files = Directory.GetFiles(v.Root, "*.parquet", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        files.Should().HaveCount(2);

        var again = await v.Job(store).RunAsync(CancellationToken.None);

        again.Series.Should().HaveCount(2).And.OnlyContain(s => s.Succeeded && s.RangesRequested == 0 && s.BarsFetched == 0 && s.StillMissing == 0);
        v.KlineRequests.Should().Be(requests);
        Directory.GetFiles(v.Root, "*.parquet", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc).Should().Equal(files);
    }

    [Fact]
    public async Task Run_PartlyStored_FetchesOnlyTheMissingRange()
    {
        await using var v = await DailyBarsVenues.StartAsync();
        await v.RegisterAsync("a", Venue.Binance, MarketType.Spot);
        var store = new LocalParquetBarStore(v.Root);
        var series = DailyBarsVenues.Series(Venue.Binance, MarketType.Spot);
        (await store.UpsertAsync(series, v.DayBars.Take(1_000).ToArray(), CancellationToken.None)).IsSuccess.Should().BeTrue();

        var summary = await v.Job(store).RunAsync(CancellationToken.None);

        summary.Series.Single().BarsFetched.Should().Be(440);
        summary.Series.Single().RangesRequested.Should().Be(1);
        (await store.LoadAsync(series, 0, long.MaxValue / 2, CancellationToken.None)).Value.Should().Equal(v.DayBars);
    }

    [Fact]
    public async Task Run_OneSeriesFails_OthersStoredAndTheRunThrowsNamingIt()
    {
        await using var v = await DailyBarsVenues.StartAsync();
        await v.RegisterAsync("a", Venue.Binance, MarketType.Perp);
        await v.RegisterAsync("b", Venue.Binance, MarketType.Spot);
        await v.RegisterAsync("c", Venue.Bybit, MarketType.Spot);
        v.Binance.Faults.Add("GET", "/api/v3/klines", Fault.MalformedJson(afterProcessing: false)); // not transient: one answer ends the series
        var store = new LocalParquetBarStore(v.Root);

        var summary = await v.Job(store).RunAsync(CancellationToken.None);

        summary.Failed.Select(f => f.Series).Should().Equal(DailyBarsVenues.Series(Venue.Binance, MarketType.Spot));
        summary.Series.Where(s => s.Succeeded).Should().HaveCount(2).And.OnlyContain(s => s.BarsFetched == 1_440);
        (await store.LoadAsync(DailyBarsVenues.Series(Venue.Bybit, MarketType.Spot), 0, long.MaxValue / 2, CancellationToken.None)).Value
            .Should().Equal(v.DayBars, "the series after the failed one still ran");
        summary.Invoking(s => s.EnsureSucceeded()).Should().Throw<DailyBarsFailedException>()
            .WithMessage("*1 of 3 series failed*Binance/Spot/BTCUSDT/1m*");

        var retry = await v.Job(store).RunAsync(CancellationToken.None);

        retry.Failed.Should().BeEmpty();
        retry.Series.Select(s => s.BarsFetched).Should().Equal(1_440, 0, 0); // Binance spot (the one that failed), Binance perp, Bybit spot
    }
}
