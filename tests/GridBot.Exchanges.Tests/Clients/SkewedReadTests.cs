using System.Globalization;
using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.SkewedVenue;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Defect 4: every time a client sends or compares with a venue time is venue time (its measured clock), never the
/// host's: the end of a fill walk, the forming kline, an order's time. The readers are fresh clients (no clock measured
/// yet), which is when host time used to leak in.
/// </summary>
public sealed class SkewedReadTests
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);

    public static TheoryData<Venue, MarketType, int> MarketsAndSkews
    {
        get
        {
            var data = new TheoryData<Venue, MarketType, int>();
            foreach (var skew in new[] { 1000, -1000, 3000 })
            {
                foreach (var (venue, market) in new[] { (Venue.Binance, MarketType.Spot), (Venue.Binance, MarketType.Perp), (Venue.Bybit, MarketType.Spot), (Venue.Bybit, MarketType.Perp) })
                {
                    data.Add(venue, market, skew);
                }
            }

            return data;
        }
    }

    /// <summary>Fills in two windows read in pages of 2; the newest window begins less than the skew before the venue's present.</summary>
    [Theory]
    [MemberData(nameof(MarketsAndSkews))]
    public async Task GetFillsSince_PagesOfTwoAndSkewedClock_EveryFillOnce(Venue venue, MarketType market, int skewMs)
    {
        var setup = new SkewSetup { VenuePageSize = 2, ClientPageSize = venue == Venue.Binance ? 2 : null };
        await using var v = await StartAsync(venue, market, TimeSpan.FromMilliseconds(skewMs), setup);
        (await v.Client.PlaceOrderAsync(Buy("f-1-b1", quantity: 0.008m), default)).IsSuccess.Should().BeTrue();
        var sinceMs = v.Host.NowMs;
        Fill(v, 5);
        var widthMs = venue == Venue.Binance && market == MarketType.Spot ? 86_400_000L : 7 * 86_400_000L;
        v.HostClock.Advance(TimeSpan.FromMilliseconds(sinceMs + widthMs - v.Host.NowMs + 100)); // 100 ms into the next window
        Fill(v, 3);

        var fills = await v.NewClient().GetFillsSinceAsync(Btc, sinceMs, default);

        fills.IsSuccess.Should().BeTrue(fills.Error?.ToString());
        fills.Value.Select(f => f.TradeId).Should().Equal(v.Market.Fills.Select(f => f.TradeId.ToString(CultureInfo.InvariantCulture)),
            "all eight fills, oldest first, up to the venue's present");
        v.Host.RequestsTo("GET", v.TradesPath).Should().HaveCountGreaterThan(4, "pages of 2");
    }

    [Theory]
    [MemberData(nameof(SkewedVenue.Markets), MemberType = typeof(SkewedVenue))]
    public async Task GetKlines_VenueBehindTheHost_FormingBarStillLeftOut(Venue venue, MarketType market)
    {
        await using var v = await StartAsync(venue, market, TimeSpan.FromSeconds(-1));
        var boundary = SetVenueNear(v, offsetFromBoundaryMs: -500); // the venue's bar closes in 0.5 s; the host's clock is past it
        Bars(v).Add(Quarter, Series(boundary - (3 * 900_000), 3));

        var bars = (await v.NewClient().GetKlinesAsync(Btc, "15m", null, 200, default)).Value;

        bars.Select(b => b.OpenTimeMs).Should().Equal([boundary - (3 * 900_000), boundary - (2 * 900_000)], "the bar still forming at the venue is left out");
    }

    [Theory]
    [MemberData(nameof(SkewedVenue.Markets), MemberType = typeof(SkewedVenue))]
    public async Task GetKlines_VenueAheadOfTheHost_JustClosedBarKept(Venue venue, MarketType market)
    {
        await using var v = await StartAsync(venue, market, TimeSpan.FromSeconds(1));
        var boundary = SetVenueNear(v, offsetFromBoundaryMs: 500); // closed at the venue 0.5 s ago; not yet by the host's clock
        Bars(v).Add(Quarter, Series(boundary - (3 * 900_000), 3));

        var bars = (await v.NewClient().GetKlinesAsync(Btc, "15m", null, 200, default)).Value;

        bars.Should().HaveCount(3, "the last bar closed on the venue's clock");
    }

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task BybitPlaceOrder_StatusQueryFails_OrderTimeIsVenueTime(MarketType market)
    {
        await using var v = await StartAsync(Venue.Bybit, market, TimeSpan.FromSeconds(3));
        await v.WarmUpAsync();
        v.Host.Faults.Add("GET", "/v5/order/realtime", Fault.ServerErrorBefore(502));

        var placed = await v.Client.PlaceOrderAsync(Buy("t-1-b1"), default);

        placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        placed.Value.UpdatedMs.Should().Be(v.Host.NowMs, "the order's time is the venue's, as every venue-reported time is");
    }

    private static void Fill(SkewedVenue v, int count)
    {
        for (var i = 0; i < count; i++)
        {
            v.Market.Trade(59_000m, 0.001m).Should().ContainSingle();
            v.HostClock.Advance(TimeSpan.FromMilliseconds(1));
        }
    }

    /// <summary>Moves the clocks so the venue is <paramref name="offsetFromBoundaryMs"/> from a 15-minute boundary; returns the boundary.</summary>
    private static long SetVenueNear(SkewedVenue v, long offsetFromBoundaryMs)
    {
        var boundary = ((v.Host.NowMs / 900_000) + 1) * 900_000;
        v.HostClock.Advance(TimeSpan.FromMilliseconds(boundary + offsetFromBoundaryMs - v.Host.NowMs));
        return boundary;
    }

    private static FakeBars Bars(SkewedVenue v) => v.Host is FakeBinance b ? b.Bars : ((FakeBybit)v.Host).Bars;

    private static IEnumerable<Bar> Series(long firstOpenMs, int count) =>
        Enumerable.Range(0, count).Select(i => new Bar(firstOpenMs + (i * 900_000L), 100m + i, 101m + i, 99m + i, 100m + i, 10m));
}
