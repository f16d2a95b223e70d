using System.Net;
using GridBot.Core.Market;

using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

public sealed class FakeBinanceTests : IAsyncLifetime
{
    private FakeBinance _venue = null!;
    private VenueTestClient _client = null!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBinance.StartAsync();
        _client = VenueTestClient.For(_venue);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _venue.DisposeAsync();
    }

    [Theory]
    [InlineData("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
        "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71")]
    [InlineData("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTCquantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559",
        "0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77")]
    public void Sign_OfficialVectors_Match(string payload, string signature)
    {
        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

        VenueTestClient.Sign(secret, payload).Should().Be(signature);
        Wire.Hmac(secret, payload).Should().Be(signature);
    }

    [Theory]
    [InlineData("/api/v3/time")]
    [InlineData("/fapi/v1/time")]
    public async Task Time_ReturnsTheVenueClock(string path)
    {
        var response = await _client.GetAsync(path);

        ((long)response.Json["serverTime"]!).Should().Be(FakeVenueClock.DefaultStartMs);
    }

    [Fact]
    public async Task ExchangeInfo_Spot_HasTheRealBtcUsdtFiltersAndRateLimits()
    {
        var json = (await _client.GetAsync("/api/v3/exchangeInfo?symbol=BTCUSDT")).Json;

        var symbol = json["symbols"]![0]!;
        symbol["symbol"]!.GetValue<string>().Should().Be("BTCUSDT");
        var filters = symbol["filters"]!.AsArray().ToDictionary(f => f!["filterType"]!.GetValue<string>());
        filters["PRICE_FILTER"]!["tickSize"]!.GetValue<string>().Should().Be("0.01000000");
        filters["LOT_SIZE"]!["stepSize"]!.GetValue<string>().Should().Be("0.00001000");
        filters["LOT_SIZE"]!["maxQty"]!.GetValue<string>().Should().Be("9000.00000000");
        filters["NOTIONAL"]!["minNotional"]!.GetValue<string>().Should().Be("5.00000000");
        filters["PERCENT_PRICE_BY_SIDE"]!["bidMultiplierDown"]!.GetValue<string>().Should().Be("0.2");
        ((int)filters["MAX_NUM_ORDERS"]!["maxNumOrders"]!).Should().Be(200);
        ((int)json["rateLimits"]![0]!["limit"]!).Should().Be(6000);
    }

    [Fact]
    public async Task ExchangeInfo_Futures_HasPrecisionsAndMinNotional()
    {
        var symbol = (await _client.GetAsync("/fapi/v1/exchangeInfo")).Json["symbols"]![0]!;

        ((int)symbol["quantityPrecision"]!).Should().Be(3);
        symbol["filters"]!.AsArray().Single(f => (string)f!["filterType"]! == "MIN_NOTIONAL")!["notional"]!.GetValue<string>().Should().Be("100");
    }

    [Fact]
    public async Task Klines_SeededBars_AreOldestFirstWithNumericTimes()
    {
        _venue.Bars.Add(TimeSpan.FromMinutes(1), [new Bar(60_000, 10m, 12m, 9m, 11m, 2m), new Bar(120_000, 11m, 13m, 10m, 12m, 3m)]);

        var rows = (await _client.GetAsync("/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=0&limit=1000")).Json.AsArray();

        rows.Select(r => (long)r![0]!).Should().Equal(60_000, 120_000);
        ((long)rows[0]![6]!).Should().Be(119_999);
        rows[0]![4]!.GetValue<string>().Should().Be("11.00000000");
    }

    [Fact]
    public async Task Order_SignedRoundTrip_RestsThenFillsAtItsLimitOnTrade()
    {
        var placed = await PlaceSpot("g-1", "BUY", "0.00100", "59000.00");
        placed.Json["status"]!.GetValue<string>().Should().Be("NEW");
        _venue.Spot.LockedBalance("USDT").Should().Be(59m);

        _venue.Trade(59_000m).Should().ContainSingle().Which.Price.Should().Be(59_000m);

        var order = (await _client.BinanceAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=g-1")).Json;
        order["status"]!.GetValue<string>().Should().Be("FILLED");
        var trade = (await _client.BinanceAsync(HttpMethod.Get, "/api/v3/myTrades", "symbol=BTCUSDT&fromId=1")).Json[0]!;
        trade["commissionAsset"]!.GetValue<string>().Should().Be("BTC");
        trade["commission"]!.GetValue<string>().Should().Be("0.00000100");
        ((long)trade["id"]!).Should().Be(1);
        _venue.Spot.Free("BTC").Should().Be(1.000999m);
    }

    [Fact]
    public async Task Trade_WithMaxQuantity_FillsPartiallyAndTradeIdsIncrease()
    {
        await PlaceSpot("p-1", "SELL", "0.00100", "61000.00");

        _venue.Trade(61_000m, 0.0004m);
        _venue.Trade(61_000m, 0.0004m);

        _venue.Spot.OrdersWithClientId("p-1").Single().Status.Should().Be(FakeOrderStatus.PartiallyFilled);
        _venue.Spot.Fills.Select(f => f.TradeId).Should().Equal(1, 2);
        var trades = (await _client.BinanceAsync(HttpMethod.Get, "/api/v3/myTrades", "symbol=BTCUSDT&fromId=2")).Json.AsArray();
        trades.Should().ContainSingle();
    }

    [Theory]
    [InlineData(-5001, -1021)]
    [InlineData(1000, -1021)]
    [InlineData(-5000, 0)]
    [InlineData(999, 0)]
    public async Task SignedRequest_TimestampAgainstRecvWindow_IsCheckedAsBinanceDoes(long offsetMs, int expectedCode)
    {
        var response = await _client.BinanceAsync(HttpMethod.Get, "/api/v3/account", string.Empty, offsetMs);

        response.Code.Should().Be(expectedCode);
        response.Status.Should().Be(expectedCode == 0 ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignedRequest_WrongSecret_Returns1022()
    {
        _client.ApiSecret = "not-the-secret";

        var response = await _client.BinanceAsync(HttpMethod.Get, "/api/v3/openOrders", "symbol=BTCUSDT");

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Code.Should().Be(-1022);
        response.Json["msg"]!.GetValue<string>().Should().Be("Signature for this request is not valid.");
    }

    [Fact]
    public async Task SignedRequest_QueryPlusFormBody_IsSignedWithoutSeparator()
    {
        var response = await _client.BinanceAsync(
            HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC", 0, "quantity=0.001&price=59000&newClientOrderId=mixed");

        response.Code.Should().Be(0);
        _venue.Spot.OrdersWithClientId("mixed").Should().ContainSingle();
    }

    [Fact]
    public async Task Order_DuplicateOpenClientId_Returns2010ButAfterCancelIsAccepted()
    {
        await PlaceSpot("dup", "BUY", "0.001", "59000");

        var duplicate = await PlaceSpot("dup", "BUY", "0.001", "59000");
        duplicate.Code.Should().Be(-2010);
        duplicate.Json["msg"]!.GetValue<string>().Should().Be("Duplicate order sent.");

        (await _client.BinanceAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=dup")).Json["status"]!
            .GetValue<string>().Should().Be("CANCELED");
        (await PlaceSpot("dup", "BUY", "0.001", "59000")).Code.Should().Be(0);
    }

    [Theory]
    [InlineData("0.001", "59000.001", -1013, "Filter failure: PRICE_FILTER")]
    [InlineData("0.000015", "59000", -1013, "Filter failure: LOT_SIZE")]
    [InlineData("0.00001", "59000", -1013, "Filter failure: NOTIONAL")]
    [InlineData("0.001", "1", -1013, "Filter failure: PERCENT_PRICE_BY_SIDE")]
    [InlineData("0.000000001", "59000", -1111, "Parameter 'quantity' has too much precision.")]
    [InlineData("0.001", "5.9E4", -1100, "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.")]
    [InlineData("1", "59000", -2010, "Account has insufficient balance for requested action.")]
    public async Task Order_Violations_ReturnBinanceCodesAndMessages(string quantity, string price, int code, string message)
    {
        var response = await PlaceSpot("v", "BUY", quantity, price);

        response.Code.Should().Be(code);
        response.Json["msg"]!.GetValue<string>().Should().Be(message);
        _venue.Spot.Orders.Should().BeEmpty();
    }

    [Theory]
    [InlineData("side=BUY&type=LIMIT&quantity=0.001&price=59000", -1102)]
    [InlineData("side=UP&type=LIMIT&timeInForce=GTC&quantity=0.001&price=59000", -1117)]
    [InlineData("side=BUY&type=STOP&quantity=0.001", -1116)]
    [InlineData("side=BUY&type=LIMIT_MAKER&quantity=0.001&price=60000.01", -2010)]
    public async Task Order_BadParameters_AreRejected(string parameters, int code)
    {
        var response = await _client.BinanceAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&" + parameters);

        response.Code.Should().Be(code);
    }

    [Fact]
    public async Task UnknownOrder_Returns2013OnQueryAnd2011OnCancel()
    {
        (await _client.BinanceAsync(HttpMethod.Get, "/api/v3/order", "symbol=BTCUSDT&orderId=42")).Json["msg"]!
            .GetValue<string>().Should().Be("Order does not exist.");
        (await _client.BinanceAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&orderId=42")).Code.Should().Be(-2011);
    }

    [Fact]
    public async Task Headers_CarryUsedWeightAndOrderCounts()
    {
        await _client.GetAsync("/api/v3/exchangeInfo");
        var placed = await PlaceSpot("w", "BUY", "0.001", "59000");

        placed.Header("X-MBX-USED-WEIGHT-1M").Should().Be("21");
        placed.Header("X-MBX-ORDER-COUNT-10S").Should().Be("1");
        placed.Header("X-MBX-ORDER-COUNT-1D").Should().Be("1");
        _venue.ManualClock!.Advance(TimeSpan.FromMinutes(1));
        (await _client.GetAsync("/api/v3/time")).Header("X-MBX-USED-WEIGHT-1M").Should().Be("1");
    }

    [Fact]
    public async Task WeightLimit_Exceeded_Returns429WithRetryAfterUntilTheMinuteEnds()
    {
        await using var venue = await FakeBinance.StartAsync(new FakeBinanceOptions { WeightLimitPerMinute = 25 });
        using var client = VenueTestClient.For(venue);

        await client.GetAsync("/api/v3/exchangeInfo");
        var limited = await client.GetAsync("/api/v3/exchangeInfo");

        limited.Status.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Code.Should().Be(-1003);
        limited.Header("Retry-After").Should().Be("39");
    }

    [Fact]
    public async Task Futures_MarketBuy_OpensAPositionAndChargesUsdt()
    {
        (await _client.BinanceAsync(HttpMethod.Post, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=5")).Json["leverage"]!.GetValue<long>().Should().Be(5);
        var placed = await _client.BinanceAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.002&newClientOrderId=f.1");
        placed.Json["status"]!.GetValue<string>().Should().Be("FILLED");

        var position = (await _client.BinanceAsync(HttpMethod.Get, "/fapi/v2/positionRisk", "symbol=BTCUSDT")).Json[0]!;
        position["positionAmt"]!.GetValue<string>().Should().Be("0.002");
        position["leverage"]!.GetValue<string>().Should().Be("5");
        var trade = (await _client.BinanceAsync(HttpMethod.Get, "/fapi/v1/userTrades", "symbol=BTCUSDT")).Json[0]!;
        trade["commission"]!.GetValue<string>().Should().Be("0.06000010");
        trade["commissionAsset"]!.GetValue<string>().Should().Be("USDT");
    }

    [Theory]
    [InlineData("side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=59000", -4164)]
    [InlineData("side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.01&price=59000.05", -4014)]
    [InlineData("side=BUY&type=LIMIT&timeInForce=GTX&quantity=0.01&price=61000", -5022)]
    [InlineData("side=SELL&type=LIMIT&timeInForce=GTC&quantity=0.01&price=61000&reduceOnly=true", -2022)]
    public async Task Futures_Violations_ReturnFuturesCodes(string parameters, int code)
    {
        var response = await _client.BinanceAsync(HttpMethod.Post, "/fapi/v1/order", "symbol=BTCUSDT&" + parameters);

        response.Code.Should().Be(code);
    }

    private Task<VenueResponse> PlaceSpot(string clientId, string side, string quantity, string price) =>
        _client.BinanceAsync(
            HttpMethod.Post, "/api/v3/order",
            $"symbol=BTCUSDT&side={side}&type=LIMIT&timeInForce=GTC&quantity={quantity}&price={price}&newClientOrderId={clientId}");
}
