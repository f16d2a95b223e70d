using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using static GridBot.Exchanges.Tests.Clients.SkewedVenue;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Defect 3: order lists are read page by page wherever a venue pages. A grid of 60 resting orders on a venue that pages
/// by 2 is listed whole by open orders (Bybit follows nextPageCursor; Binance's openOrders is not paged) and, once
/// cancelled, by the order history (Bybit order/history by cursor, Binance allOrders by orderId); with the venue's clock
/// in step and a second behind.
/// </summary>
public sealed class PagedOrderListTests
{
    private const int Grid = 60;

    public static TheoryData<Venue, MarketType, int> MarketsAndSkews
    {
        get
        {
            var data = new TheoryData<Venue, MarketType, int>();
            foreach (var skew in new[] { 0, -1000 })
            {
                foreach (var (venue, market) in new[] { (Venue.Binance, MarketType.Spot), (Venue.Binance, MarketType.Perp), (Venue.Bybit, MarketType.Spot), (Venue.Bybit, MarketType.Perp) })
                {
                    data.Add(venue, market, skew);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(MarketsAndSkews))]
    public async Task OpenOrdersAndHistory_SixtyOrdersInPagesOfTwo_AllListedOnce(Venue venue, MarketType market, int skewMs)
    {
        var setup = new SkewSetup { VenuePageSize = 2, ClientPageSize = venue == Venue.Binance ? 2 : null };
        await using var v = await StartAsync(venue, market, TimeSpan.FromMilliseconds(skewMs), setup);
        await v.WarmUpAsync();
        var sinceMs = v.Host.NowMs;
        var ids = Enumerable.Range(1, Grid).Select(i => $"g-{i}-b1").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            (await v.Client.PlaceOrderAsync(Buy(id, 59_000m - (i * 10m)), default)).IsSuccess.Should().BeTrue(id);
        }

        var open = await v.Client.GetOpenOrdersAsync(Btc, default);

        open.IsSuccess.Should().BeTrue(open.Error?.ToString());
        open.Value.Select(o => o.ClientOrderId).Should().BeEquivalentTo(ids, "every resting order, each once");

        foreach (var id in ids)
        {
            (await v.Client.CancelOrderAsync(Btc, id, default)).IsSuccess.Should().BeTrue(id);
        }

        var history = await ((IOrderHistory)v.Client).GetOrderHistoryAsync(Btc, sinceMs, default);

        history.IsSuccess.Should().BeTrue(history.Error?.ToString());
        history.Value.Select(o => o.ClientOrderId).Should().BeEquivalentTo(ids, "every order of the grid, each once");
        history.Value.Should().OnlyContain(o => o.Status == OrderStatus.Canceled);
        v.Host.RequestsTo("GET", v.HistoryPath).Should().HaveCountGreaterThanOrEqualTo(Grid / 2, "pages of 2");
        if (venue == Venue.Bybit)
        {
            v.Host.RequestsTo("GET", v.OpenOrdersPath).Count(r => r.Param("orderLinkId") is null).Should().Be(Grid / 2, "30 pages of 2");
        }
    }

    /// <summary>
    /// Thirty pages against an endpoint allowed 3 calls a second: the list is still read whole. The client paces itself
    /// from the usage headers, and a page refused with 10006 anyway is read again once the venue's reset has passed.
    /// </summary>
    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task BybitOpenOrders_EndpointLimitedToThreeASecond_ListReadWhole(MarketType market)
    {
        var setup = new SkewSetup { VenuePageSize = 2, BybitEndpointLimits = new Dictionary<string, int> { ["/v5/order/realtime"] = 3 } };
        await using var v = await StartAsync(Venue.Bybit, market, TimeSpan.Zero, setup);
        await v.WarmUpAsync();
        var ids = Enumerable.Range(1, 12).Select(i => $"g-{i}-b1").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            (await v.Client.PlaceOrderAsync(Buy(id, 59_000m - (i * 10m)), default)).IsSuccess.Should().BeTrue(id);
        }

        var open = await v.Client.GetOpenOrdersAsync(Btc, default);

        open.IsSuccess.Should().BeTrue(open.Error?.ToString());
        open.Value.Select(o => o.ClientOrderId).Should().BeEquivalentTo(ids, "every resting order, each once, whatever the limit");
    }
}
