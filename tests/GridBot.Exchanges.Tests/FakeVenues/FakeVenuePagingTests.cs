using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>
/// Pages of at most <see cref="FakeBybitOptions.PageSize"/> / <see cref="FakeBinanceOptions.PageSize"/> items on every
/// paged endpoint: Bybit order/realtime, order/history and execution/list by cursor; Binance allOrders and trades by id.
/// </summary>
public sealed class FakeVenuePagingTests
{
    private const string Realtime = "/v5/order/realtime";
    private const string Query = "category=spot&symbol=BTCUSDT";

    [Fact]
    public async Task BybitOpenOrders_PageSizeTwo_NewestFirstInPagesWithCursors()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { PageSize = 2 });
        using var client = VenueTestClient.For(venue);
        await PlaceBybitAsync(client, 5);

        var pages = new List<JsonNode>();
        var cursor = string.Empty;
        do
        {
            var page = await client.BybitGetAsync(Realtime, Query + "&limit=50" + (cursor.Length > 0 ? "&cursor=" + cursor : string.Empty));
            pages.Add(page.Json["result"]!);
            cursor = (string)page.Json["result"]!["nextPageCursor"]!;
        }
        while (cursor.Length > 0);

        pages.Select(p => p["list"]!.AsArray().Count).Should().Equal(2, 2, 1);
        pages.SelectMany(p => p["list"]!.AsArray()).Select(o => (string)o!["orderLinkId"]!).Should().Equal("b-5", "b-4", "b-3", "b-2", "b-1");
    }

    [Fact]
    public async Task BybitHistory_ClosedOrdersInTheTimeRange_RangeOverSevenDaysRefused()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { PageSize = 2 });
        using var client = VenueTestClient.For(venue);
        await PlaceBybitAsync(client, 3);
        var startMs = venue.NowMs;
        foreach (var id in new[] { "b-1", "b-2" })
        {
            (await client.BybitPostAsync("/v5/order/cancel", "{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"orderLinkId\":\"" + id + "\"}")).Code.Should().Be(0);
        }

        var all = await client.BybitGetAsync("/v5/order/history", Query);
        var later = await client.BybitGetAsync("/v5/order/history", Query + "&startTime=" + Ms(startMs + 1) + "&endTime=" + Ms(startMs + 1_000));
        var tooWide = await client.BybitGetAsync("/v5/order/history", Query + "&startTime=0&endTime=" + Ms(startMs));

        all.Json["result"]!["list"]!.AsArray().Select(o => (string)o!["orderLinkId"]!).Should().Equal("b-2", "b-1");
        ((string)all.Json["result"]!["nextPageCursor"]!).Should().BeEmpty("two closed orders fill one page of two");
        later.Json["result"]!["list"]!.AsArray().Should().BeEmpty("the orders were created before the range");
        tooWide.Code.Should().Be(10001);
    }

    [Fact]
    public async Task BinanceAllOrders_PagesByTimeThenFromOrderId_OldestFirst()
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { PageSize = 2 });
        using var client = VenueTestClient.For(venue);
        var startMs = venue.NowMs;
        for (var i = 1; i <= 5; i++)
        {
            var placed = await client.BinanceAsync(HttpMethod.Post, "/api/v3/order",
                "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=59000&newClientOrderId=a-" + Ms(i));
            placed.Status.Should().Be(HttpStatusCode.OK);
        }

        var first = await client.BinanceAsync(HttpMethod.Get, "/api/v3/allOrders", "symbol=BTCUSDT&startTime=" + Ms(startMs) + "&endTime=" + Ms(startMs + 1_000) + "&limit=1000");
        var fromId = await client.BinanceAsync(HttpMethod.Get, "/api/v3/allOrders", "symbol=BTCUSDT&orderId=" + Ms((long)first.Json[1]!["orderId"]! + 1) + "&limit=1000");
        var tooWide = await client.BinanceAsync(HttpMethod.Get, "/api/v3/allOrders", "symbol=BTCUSDT&startTime=0&endTime=" + Ms(startMs));

        Ids(first).Should().Equal("a-1", "a-2");
        Ids(fromId).Should().Equal("a-3", "a-4");
        tooWide.Code.Should().Be(-1127);
    }

    private static IEnumerable<string> Ids(VenueResponse response) => response.Json.AsArray().Select(o => (string)o!["clientOrderId"]!);

    private static async Task PlaceBybitAsync(VenueTestClient client, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var body = "{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"side\":\"Buy\",\"orderType\":\"Limit\",\"qty\":\"0.001\",\"price\":\"59000\",\"orderLinkId\":\"b-" + Ms(i) + "\"}";
            (await client.BybitPostAsync("/v5/order/create", body)).Code.Should().Be(0);
        }
    }

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);
}
