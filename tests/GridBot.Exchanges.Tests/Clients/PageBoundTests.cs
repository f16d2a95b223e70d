using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Clients;
using GridBot.Testing.FakeVenues;
using static GridBot.Exchanges.Tests.Clients.FakeVenueClients;

namespace GridBot.Exchanges.Tests.Clients;

/// <summary>
/// Paging never runs away: a cursor handed out twice, or pages that never end, stop the read at once or at its bound,
/// with an error rather than a list that silently lacks orders.
/// </summary>
public sealed class PageBoundTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Theory]
    [InlineData(MarketType.Spot)]
    [InlineData(MarketType.Perp)]
    public async Task GetOpenOrders_CursorRepeats_ErrorAfterTheRepeat(MarketType market)
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { PageSize = 1 });
        using var rewriter = new CursorRewriter("/v5/order/realtime", _ => "same-cursor");
        using var http = new HttpClient(rewriter);
        var client = BybitClient(venue, market, http);
        await PlaceAsync(client, 3);

        var open = await client.GetOpenOrdersAsync(Btc, default);

        open.IsSuccess.Should().BeFalse("a list cut short would hide resting orders");
        open.Error!.Code.Should().Be("OpenOrdersIncomplete");
        open.Error.Kind.Should().Be(ErrorKind.Other);
        venue.RequestsTo("GET", "/v5/order/realtime").Count(r => r.Param("orderLinkId") is null).Should().Be(2, "the second page named the cursor already followed");
    }

    [Fact]
    public async Task GetOpenOrders_PagesNeverEnd_ErrorAtTheBound()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { RequestsPerSecond = 10_000 });
        using var rewriter = new CursorRewriter("/v5/order/realtime", n => "page-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var http = new HttpClient(rewriter);
        var client = BybitClient(venue, MarketType.Spot, http);

        var open = await client.GetOpenOrdersAsync(Btc, default);

        open.IsSuccess.Should().BeFalse("pages that never end are not a list");
        open.Error!.Code.Should().Be("OpenOrdersIncomplete");
        rewriter.Answers.Should().Be(BybitExchange.MaxOpenOrderPages);
    }

    private static async Task PlaceAsync(IExchange client, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var placed = await client.PlaceOrderAsync(new OrderRequest(Btc, $"c-{i}-b1", OrderSide.Buy, OrderType.Limit, 0.002m, 59_000m - i), default);
            placed.IsSuccess.Should().BeTrue(placed.Error?.ToString());
        }
    }
}
