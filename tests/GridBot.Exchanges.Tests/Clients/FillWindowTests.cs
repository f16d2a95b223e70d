using System.Globalization;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Clients;
using static GridBot.Exchanges.Tests.Clients.FillVenue;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Fill reads against venues that answer a start time alone with one window after it (Binance spot 24 h, USDⓈ-M and
/// Bybit 7 days): every fill from the cursor to now comes back, once, oldest first, however quiet or busy the history.
/// </summary>
public sealed class FillWindowTests
{
    public static TheoryData<Venue, MarketType> Venues => new()
    {
        { Venue.Binance, MarketType.Spot },
        { Venue.Binance, MarketType.Perp },
        { Venue.Bybit, MarketType.Spot },
        { Venue.Bybit, MarketType.Perp },
    };

    [Theory]
    [MemberData(nameof(Venues))]
    public async Task GetFillsSince_QuietSpellLongerThanTheWindow_LaterFillStillRead(Venue venue, MarketType market)
    {
        await using var v = await StartAsync(venue, market);
        var quietDays = v.MaxRangeMs == 86_400_000L ? 3 : 10; // longer than the window
        await v.RestBuyAsync("q-1-b1", fills: 2);
        v.Fill(1);
        v.Clock.Advance(TimeSpan.FromDays(quietDays));
        v.Fill(1);
        v.Clock.Advance(TimeSpan.FromMinutes(1));
        var first = v.Market.Fills[0];

        var both = await v.Client.GetFillsSinceAsync(Btc, first.TimeMs, default);
        var after = await v.Client.GetFillsSinceAsync(Btc, first.TimeMs + 1, default);

        both.IsSuccess.Should().BeTrue(both.Error?.ToString());
        both.Value.Select(f => f.TradeId).Should().Equal(v.Market.Fills.Select(f => Id(f.TradeId)));
        both.Value.Should().OnlyContain(f => f.ClientOrderId == "q-1-b1");
        after.Value.Select(f => f.TradeId).Should().Equal(Id(v.Market.Fills[1].TradeId));
        v.AssertRangesAllowed();
    }

    [Theory]
    [MemberData(nameof(Venues))]
    public async Task GetFillsSince_MoreFillsThanOnePageInOneWindow_EachOnceOldestFirst(Venue venue, MarketType market)
    {
        await using var v = await StartAsync(venue, market);
        var count = venue == Venue.Binance ? 1_200 : 250; // pages of 1 000 trades or 100 executions
        var sinceMs = v.Clock.NowMs;
        await v.RestBuyAsync("m-1-b1", count);
        v.Fill(count, perMs: 7); // trades of one millisecond straddle the page boundaries

        var fills = await v.Client.GetFillsSinceAsync(Btc, sinceMs, default);

        fills.IsSuccess.Should().BeTrue(fills.Error?.ToString());
        var ids = fills.Value.Select(f => f.TradeId).ToList();
        if (venue == Venue.Binance)
        {
            ids.Should().Equal(v.Market.Fills.Select(f => Id(f.TradeId)), "every fill once, in the venue's order");
        }
        else
        {
            // Bybit's own order within one millisecond is not reliable ("sorting issues when execTime is the same").
            ids.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(v.Market.Fills.Select(f => Id(f.TradeId)));
        }

        fills.Value.Select(f => f.TimeMs).Should().BeInAscendingOrder();
        v.TradeRequests.Should().HaveCount(venue == Venue.Binance ? 2 : 3, "1 000 trades or 100 executions a page");
        v.AssertRangesAllowed();
    }

    [Fact]
    public async Task GetFillsSince_BinanceWholePageInOneMillisecond_PagesOnByTradeId()
    {
        await using var v = await StartAsync(Venue.Binance, MarketType.Spot);
        var sinceMs = v.Clock.NowMs;
        await v.RestBuyAsync("s-1-b1", 1_500);
        v.Fill(1_500, perMs: int.MaxValue);

        var fills = await v.Client.GetFillsSinceAsync(Btc, sinceMs, default);

        fills.Value.Select(f => f.TradeId).Should().Equal(v.Market.Fills.Select(f => Id(f.TradeId)));
        v.TradeRequests.Select(r => r.Param("fromId")).Should().Equal(null, Id(v.Market.Fills[999].TradeId + 1));
        v.AssertRangesAllowed();
    }

    [Theory]
    [MemberData(nameof(Venues))]
    public async Task GetFillsSince_Zero_ClampedToTheHistoryFloorInFewRequests(Venue venue, MarketType market)
    {
        await using var v = await StartAsync(venue, market);
        await v.RestBuyAsync("z-1-b1", 2);
        v.Fill(1);

        var fills = await v.Client.GetFillsSinceAsync(Btc, 0, default);

        fills.Value.Should().ContainSingle().Which.ClientOrderId.Should().Be("z-1-b1");
        var floorDays = venue == Venue.Binance && market == MarketType.Spot ? 30 : 180;
        v.TradeRequests.Should().HaveCountLessThanOrEqualTo((int)(floorDays / (v.MaxRangeMs / 86_400_000)) + 1);
        var firstStart = long.Parse(v.TradeRequests[0].Param("startTime")!, CultureInfo.InvariantCulture);
        firstStart.Should().Be(v.Clock.NowMs - (floorDays * 86_400_000L));
        v.AssertRangesAllowed();
    }

    [Fact]
    public async Task GetFillsSince_BybitWindowBeyondTheRequestBound_EarlierWindowsOnlyOrAnError()
    {
        await using var v = await StartAsync(Venue.Bybit, MarketType.Perp, bybitRequestsPerSecond: 1_000);
        var sinceMs = v.Clock.NowMs;
        var pages = FillWalk.MaxRequests;
        var dense = (pages * 100) + 1; // one page more than a read may fetch
        await v.RestBuyAsync("c-1-b1", 1 + dense);
        v.Fill(1);
        v.Clock.Advance(TimeSpan.FromDays(8));
        var denseFromMs = v.Clock.NowMs;
        v.Fill(dense, perMs: 50);

        var fromQuiet = await v.Client.GetFillsSinceAsync(Btc, sinceMs, default);
        var fromDense = await v.Client.GetFillsSinceAsync(Btc, denseFromMs, default);

        fromQuiet.IsSuccess.Should().BeTrue(fromQuiet.Error?.ToString());
        fromQuiet.Value.Select(f => f.TradeId).Should().Equal([Id(v.Market.Fills[0].TradeId)],
            "the dense window is newest first: a part of it would lack its oldest fills");
        fromDense.Error!.Code.Should().Be("FillHistoryTooLarge");
        fromDense.Error.Kind.Should().Be(ErrorKind.Other);
    }

    private static string Id(long tradeId) => tradeId.ToString(CultureInfo.InvariantCulture);
}
