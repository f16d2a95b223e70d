using System.Net;
using GridBot.Core.Market;

using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

public sealed class FakeBybitTests : IAsyncLifetime
{
    private FakeBybit _venue = null!;
    private VenueTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBybit.StartAsync();
        _client = VenueTestClient.For(_venue);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _venue.DisposeAsync();
    }

    [Fact]
    public async Task TimeAndInstruments_HaveTheV5Envelope()
    {
        var time = (await _client.GetAsync("/v5/market/time")).Json;
        time["retCode"]!.GetValue<int>().Should().Be(0);
        time["result"]!["timeSecond"]!.GetValue<string>().Should().Be("1711272981");

        var spot = (await _client.GetAsync("/v5/market/instruments-info?category=spot&symbol=BTCUSDT")).Json["result"]!["list"]![0]!;
        spot["lotSizeFilter"]!["basePrecision"]!.GetValue<string>().Should().Be("0.000001");
        spot["lotSizeFilter"]!["minOrderAmt"]!.GetValue<string>().Should().Be("5");
        spot["priceFilter"]!["tickSize"]!.GetValue<string>().Should().Be("0.1");
        var linear = (await _client.GetAsync("/v5/market/instruments-info?category=linear")).Json["result"]!["list"]![0]!;
        linear["lotSizeFilter"]!["qtyStep"]!.GetValue<string>().Should().Be("0.001");
        linear["lotSizeFilter"]!["maxOrderQty"]!.GetValue<string>().Should().Be("1190");
    }

    [Fact]
    public async Task Kline_IsStringsNewestFirst()
    {
        _venue.Bars.Add(TimeSpan.FromHours(1), [new Bar(1_670_601_600_000, 1m, 2m, 1m, 2m, 5m), new Bar(1_670_605_200_000, 2m, 3m, 2m, 3m, 6m)]);

        var list = (await _client.GetAsync("/v5/market/kline?category=linear&symbol=BTCUSDT&interval=60")).Json["result"]!["list"]!.AsArray();

        list.Select(r => r![0]!.GetValue<string>()).Should().Equal("1670605200000", "1670601600000");
        list[0]![4]!.GetValue<string>().Should().Be("3");
    }

    [Fact]
    public async Task Order_SignedRoundTrip_RestsThenFillsAndShowsExecutions()
    {
        var created = await Create("linear", "grid-1", "Buy", "0.01", "59000");
        created.Code.Should().Be(0);
        created.Json["result"]!["orderLinkId"]!.GetValue<string>().Should().Be("grid-1");
        (await _client.BybitGetAsync("/v5/order/realtime", "category=linear&symbol=BTCUSDT")).Json["result"]!["list"]![0]!["orderStatus"]!
            .GetValue<string>().Should().Be("New");

        _venue.Trade(58_999m);

        var execution = (await _client.BybitGetAsync("/v5/execution/list", "category=linear&orderLinkId=grid-1")).Json["result"]!["list"]![0]!;
        execution["execPrice"]!.GetValue<string>().Should().Be("59000");
        execution["execFee"]!.GetValue<string>().Should().Be("0.118");
        execution["feeCurrency"]!.GetValue<string>().Should().Be("USDT");
        (await _client.BybitGetAsync("/v5/order/history", "category=linear")).Json["result"]!["list"]![0]!["orderStatus"]!
            .GetValue<string>().Should().Be("Filled");
        var position = (await _client.BybitGetAsync("/v5/position/list", "category=linear&symbol=BTCUSDT")).Json["result"]!["list"]![0]!;
        position["side"]!.GetValue<string>().Should().Be("Buy");
        position["size"]!.GetValue<string>().Should().Be("0.01");
    }

    [Fact]
    public async Task SignedRequest_WrongSecret_Returns10004WithHttp200()
    {
        _client.ApiSecret = "nope";

        var response = await _client.BybitGetAsync("/v5/account/wallet-balance", "accountType=UNIFIED");

        response.Status.Should().Be(HttpStatusCode.OK);
        response.Code.Should().Be(10004);
    }

    [Theory]
    [InlineData(-5001, 10002)]
    [InlineData(1000, 10002)]
    [InlineData(-5000, 0)]
    [InlineData(999, 0)]
    public async Task SignedRequest_TimestampWindow_IsCheckedAsBybitDoes(long offsetMs, int expectedCode)
    {
        var response = await _client.BybitGetAsync("/v5/account/wallet-balance", "accountType=UNIFIED", offsetMs);

        response.Code.Should().Be(expectedCode);
    }

    [Fact]
    public async Task Order_LinkIdUsedBefore_Returns110072EvenAfterCancel()
    {
        await Create("spot", "once", "Buy", "0.001", "59000");
        (await _client.BybitPostAsync("/v5/order/cancel", """{"category":"spot","symbol":"BTCUSDT","orderLinkId":"once"}""")).Code.Should().Be(0);

        var again = await Create("spot", "once", "Buy", "0.001", "59000");

        again.Code.Should().Be(110072);
        again.Json["retMsg"]!.GetValue<string>().Should().Be("OrderLinkedID is duplicate");
    }

    [Theory]
    [InlineData("spot", "0.0000001", "59000", 10001)]
    [InlineData("spot", "0.001", "59000.05", 10001)]
    [InlineData("spot", "0.00005", "59000", 10001)]
    [InlineData("spot", "1", "59000", 110007)]
    [InlineData("linear", "0.0005", "59000", 10001)]
    [InlineData("linear", "10", "59000", 110007)]
    public async Task Order_FilterAndBalanceViolations_AreRejected(string category, string quantity, string price, int code)
    {
        (await Create(category, "x", "Buy", quantity, price)).Code.Should().Be(code);
    }

    [Fact]
    public async Task Cancel_UnknownOrder_Returns110001()
    {
        var response = await _client.BybitPostAsync("/v5/order/cancel", """{"category":"linear","symbol":"BTCUSDT","orderId":"123"}""");

        response.Code.Should().Be(110001);
    }

    [Fact]
    public async Task PostOnly_Crossing_IsAcceptedThenCancelled()
    {
        await Create("spot", "po", "Buy", "0.001", "61000", "PostOnly");

        var order = (await _client.BybitGetAsync("/v5/order/realtime", "category=spot&orderLinkId=po")).Json["result"]!["list"]![0]!;

        order["orderStatus"]!.GetValue<string>().Should().Be("Cancelled");
        order["rejectReason"]!.GetValue<string>().Should().Be("EC_PostOnlyWillTakeLiquidity");
    }

    [Fact]
    public async Task WalletAndLeverage_HaveV5Shapes()
    {
        var coins = (await _client.BybitGetAsync("/v5/account/wallet-balance", "accountType=UNIFIED")).Json["result"]!["list"]![0]!["coin"]!.AsArray();
        coins.Single(c => (string)c!["coin"]! == "USDT")!["walletBalance"]!.GetValue<string>().Should().Be("20000");

        const string same = """{"category":"linear","symbol":"BTCUSDT","buyLeverage":"10","sellLeverage":"10"}""";
        (await _client.BybitPostAsync("/v5/position/set-leverage", same)).Code.Should().Be(110043);
        const string five = """{"category":"linear","symbol":"BTCUSDT","buyLeverage":"5","sellLeverage":"5"}""";
        (await _client.BybitPostAsync("/v5/position/set-leverage", five)).Code.Should().Be(0);
        _venue.Linear.Leverage.Should().Be(5);
    }

    [Fact]
    public async Task RateLimit_PerEndpointPerSecond_Returns10006AndLimitHeaders()
    {
        await using var venue = await FakeBybit.StartAsync(new FakeBybitOptions { RequestsPerSecond = 2 });
        using var client = VenueTestClient.For(venue);

        var first = await client.BybitGetAsync("/v5/order/realtime", "category=spot");
        await client.BybitGetAsync("/v5/order/realtime", "category=spot");
        var third = await client.BybitGetAsync("/v5/order/realtime", "category=spot");

        first.Header("X-Bapi-Limit").Should().Be("2");
        first.Header("X-Bapi-Limit-Status").Should().Be("1");
        third.Code.Should().Be(10006);
        third.Header("X-Bapi-Limit-Status").Should().Be("0");
    }

    private Task<VenueResponse> Create(string category, string linkId, string side, string qty, string price, string tif = "GTC") =>
        _client.BybitPostAsync("/v5/order/create", $$"""
            {"category":"{{category}}","symbol":"BTCUSDT","side":"{{side}}","orderType":"Limit","qty":"{{qty}}","price":"{{price}}","timeInForce":"{{tif}}","orderLinkId":"{{linkId}}"}
            """);
}
