using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>FakeBinance's WebSockets with a bare socket and the tests' own signing: spot WS-API and the USDⓈ-M listenKey stream.</summary>
public sealed class FakeBinanceStreamTests : IAsyncLifetime
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

    [Fact]
    public async Task WsApi_SignedSubscribe_AckedWithSubscriptionIdsFromZero()
    {
        await using var socket = await RawSocket.ConnectAsync(_venue.SpotUserStreamUrl);

        var first = await socket.AskAsync(Subscribe("s-1", _venue.NowMs));
        var second = await socket.AskAsync(Subscribe("s-2", _venue.NowMs));

        first.ToJsonString().Should().Be("""{"id":"s-1","status":200,"result":{"subscriptionId":0}}""");
        ((int)second["result"]!["subscriptionId"]!).Should().Be(1);
        _venue.SubscriptionCount.Should().Be(2);
        _venue.SubscribeAttempts.Should().Be(2);
    }

    [Theory]
    [InlineData("wrong-secret", 0, 400, -1022)]
    [InlineData(null, -6000, 400, -1021)]
    [InlineData(null, 1000, 400, -1021)]
    public async Task WsApi_BadSignatureOrTimestamp_RejectedWithTheRestCodes(string? secret, long offsetMs, int status, int code)
    {
        await using var socket = await RawSocket.ConnectAsync(_venue.SpotUserStreamUrl);

        var reply = await socket.AskAsync(Subscribe("s-1", _venue.NowMs + offsetMs, secret: secret));

        ((string)reply["id"]!).Should().Be("s-1");
        ((int)reply["status"]!).Should().Be(status);
        ((int)reply["error"]!["code"]!).Should().Be(code);
        _venue.SubscriptionCount.Should().Be(0);
    }

    [Fact]
    public async Task WsApi_UnknownApiKey_Rejected401()
    {
        await using var socket = await RawSocket.ConnectAsync(_venue.SpotUserStreamUrl);

        var reply = await socket.AskAsync(Subscribe(7, _venue.NowMs, apiKey: "someone-else"));

        reply.ToJsonString().Should().Be("""{"id":7,"status":401,"error":{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}}""");
    }

    [Fact]
    public async Task WsApi_InvalidRequestId_RejectedWithNullId()
    {
        await using var socket = await RawSocket.ConnectAsync(_venue.SpotUserStreamUrl);

        var reply = await socket.AskAsync("""{"id":"has spaces","method":"ping"}""");

        reply["id"].Should().BeNull();
        ((int)reply["error"]!["code"]!).Should().Be(-1000);
    }

    [Fact]
    public async Task WsApi_RestingOrderFilled_PushesNewThenTradeOncePerSubscription()
    {
        await using var socket = await RawSocket.ConnectAsync(_venue.SpotUserStreamUrl);
        await socket.AskAsync(Subscribe("s-1", _venue.NowMs));
        await socket.AskAsync(Subscribe("s-2", _venue.NowMs));

        var placed = await _client.BinanceAsync(HttpMethod.Post, "/api/v3/order",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=59000&newClientOrderId=g-1-b1");
        placed.Status.Should().Be(HttpStatusCode.OK);
        _venue.Trade(59_000m);

        var pushes = new List<JsonNode>();
        for (var i = 0; i < 4; i++)
        {
            pushes.Add(await socket.NextAsync());
        }

        pushes.Select(p => ((int)p["subscriptionId"]!, (string)p["event"]!["x"]!)).Should().Equal((0, "NEW"), (1, "NEW"), (0, "TRADE"), (1, "TRADE"));
        var trade = pushes[2]["event"]!;
        var fill = _venue.Spot.Fills.Single();
        trade.ToJsonString().Should().Be(
            "{\"e\":\"executionReport\",\"E\":" + Ms(fill.TimeMs) + ",\"s\":\"BTCUSDT\",\"c\":\"g-1-b1\",\"S\":\"BUY\",\"o\":\"LIMIT\",\"f\":\"GTC\"," +
            "\"q\":\"0.00200000\",\"p\":\"59000.00000000\",\"P\":\"0.00000000\",\"F\":\"0.00000000\",\"g\":-1,\"C\":\"\",\"x\":\"TRADE\"," +
            "\"X\":\"FILLED\",\"r\":\"NONE\",\"i\":" + Ms(fill.OrderId) + ",\"l\":\"0.00200000\",\"z\":\"0.00200000\",\"L\":\"59000.00000000\"," +
            "\"n\":\"0.00000200\",\"N\":\"BTC\",\"T\":" + Ms(fill.TimeMs) + ",\"t\":" + Ms(fill.TradeId) + ",\"I\":2,\"w\":false,\"m\":true," +
            "\"M\":false,\"O\":" + Ms(fill.TimeMs) + ",\"Z\":\"118.00000000\",\"Y\":\"118.00000000\",\"Q\":\"0.00000000\",\"W\":" + Ms(fill.TimeMs) +
            ",\"V\":\"EXPIRE_MAKER\"}");
        (await socket.AskAsync("{\"id\":\"p-1\",\"method\":\"ping\"}")).ToJsonString().Should().Be(
            "{\"id\":\"p-1\",\"status\":200,\"result\":{}}", "nothing more was pushed before the pong");
    }

    [Fact]
    public async Task WsApi_CancelWithNewClientOrderId_PushesCancelIdInCAndOriginalInBigC()
    {
        await using var socket = await RawSocket.ConnectAsync(_venue.SpotUserStreamUrl);
        await socket.AskAsync(Subscribe("s-1", _venue.NowMs));
        await _client.BinanceAsync(HttpMethod.Post, "/api/v3/order",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=59000&newClientOrderId=g-2-b1");
        await socket.NextAsync();

        await _client.BinanceAsync(HttpMethod.Delete, "/api/v3/order", "symbol=BTCUSDT&origClientOrderId=g-2-b1&newClientOrderId=cxl-9");
        var cancel = (await socket.NextAsync())["event"]!;

        ((string)cancel["x"]!, (string)cancel["X"]!, (string)cancel["c"]!, (string)cancel["C"]!).Should().Be(("CANCELED", "CANCELED", "cxl-9", "g-2-b1"));
    }

    [Fact]
    public async Task WsApi_Unsubscribe_StopsThePushes()
    {
        await using var socket = await RawSocket.ConnectAsync(_venue.SpotUserStreamUrl);
        await socket.AskAsync(Subscribe("s-1", _venue.NowMs));

        var reply = await socket.AskAsync("""{"id":"u-1","method":"userDataStream.unsubscribe","params":{"subscriptionId":0}}""");
        _venue.Spot.Place(new FakeOrderRequest(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, 0.001m, 59_000m, "g-3-b1"));
        var pong = await socket.AskAsync("""{"id":"p-1","method":"ping"}""");

        reply.ToJsonString().Should().Be("""{"id":"u-1","status":200,"result":{}}""");
        pong.ToJsonString().Should().Be("""{"id":"p-1","status":200,"result":{}}""", "no event came before the pong");
        _venue.SubscriptionCount.Should().Be(0);
    }

    [Fact]
    public async Task ListenKey_PostPutDelete_AsBinanceDoes()
    {
        (await Keyed(HttpMethod.Put, apiKey: _venue.Options.ApiKey)).Code.Should().Be(-1125, "no key yet");
        (await Keyed(HttpMethod.Post, apiKey: null)).Code.Should().Be(-2014);
        (await Keyed(HttpMethod.Post, apiKey: "someone-else")).Code.Should().Be(-2015);

        var key = (string)(await Keyed(HttpMethod.Post)).Json["listenKey"]!;
        ((string)(await Keyed(HttpMethod.Post)).Json["listenKey"]!).Should().Be(key, "POST returns the active key");
        ((string)(await Keyed(HttpMethod.Put)).Json["listenKey"]!).Should().Be(key);
        var unknown = await Keyed(HttpMethod.Put, query: "listenKey=not-a-key");
        (unknown.Status, unknown.Body).Should().Be((HttpStatusCode.BadRequest, """{"code":-1125,"msg":"This listenKey does not exist."}"""));
        (await Keyed(HttpMethod.Delete)).Body.Should().Be("{}");
        (await Keyed(HttpMethod.Put)).Code.Should().Be(-1125);
        key.Should().MatchRegex("^[0-9A-F]{64}$");
        _venue.RequestsTo("POST", "/fapi/v1/listenKey").Should().OnlyContain(r => r.Param("signature") == null);
    }

    [Fact]
    public async Task ListenKeyStream_FuturesOrderFilled_PushesOrderTradeUpdates()
    {
        var key = (string)(await Keyed(HttpMethod.Post)).Json["listenKey"]!;
        await using var socket = await RawSocket.ConnectAsync(_venue.FuturesUserStreamUrl(key));
        await WaitForSubscriptionAsync();

        (await _client.BinanceAsync(HttpMethod.Post, "/fapi/v1/order",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.010&price=59000&newClientOrderId=g-4-b1")).Status.Should().Be(HttpStatusCode.OK);
        _venue.Trade(59_000m);
        var created = await socket.NextAsync();
        var traded = await socket.NextAsync();

        var fill = _venue.Futures.Fills.Single();
        ((string)created["e"]!, (string)created["o"]!["x"]!, (string)created["o"]!["X"]!, (string)created["o"]!["b"]!).Should().Be(("ORDER_TRADE_UPDATE", "NEW", "NEW", "590"));
        traded.ToJsonString().Should().Be(
            "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":" + Ms(fill.TimeMs) + ",\"T\":" + Ms(fill.TimeMs) + ",\"o\":{\"s\":\"BTCUSDT\",\"c\":\"g-4-b1\"," +
            "\"S\":\"BUY\",\"o\":\"LIMIT\",\"f\":\"GTC\",\"q\":\"0.010\",\"p\":\"59000.0\",\"ap\":\"59000.00000\",\"sp\":\"0\",\"x\":\"TRADE\"," +
            "\"X\":\"FILLED\",\"i\":" + Ms(fill.OrderId) + ",\"l\":\"0.010\",\"z\":\"0.010\",\"L\":\"59000.0\",\"n\":\"0.11800000\",\"N\":\"USDT\"," +
            "\"T\":" + Ms(fill.TimeMs) + ",\"t\":" + Ms(fill.TradeId) + ",\"b\":\"0\",\"a\":\"0\",\"m\":true,\"R\":false,\"wt\":\"CONTRACT_PRICE\"," +
            "\"ot\":\"LIMIT\",\"ps\":\"BOTH\",\"cp\":false,\"rp\":\"0\",\"pP\":false,\"si\":0,\"ss\":0,\"V\":\"NONE\",\"pm\":\"NONE\",\"gtd\":0}}");
    }

    [Fact]
    public async Task ListenKeyStream_ExpiredByHook_PushesListenKeyExpiredThenCloses()
    {
        var key = (string)(await Keyed(HttpMethod.Post)).Json["listenKey"]!;
        await using var socket = await RawSocket.ConnectAsync(_venue.FuturesUserStreamUrl(key));
        await WaitForSubscriptionAsync();

        _venue.ExpireListenKey().Should().BeTrue();

        (await socket.NextAsync()).ToJsonString().Should().Be(
            "{\"e\":\"listenKeyExpired\",\"E\":\"" + Ms(_venue.NowMs) + "\",\"listenKey\":\"" + key + "\"}");
        (await socket.Closed.Task.WaitAsync(TimeSpan.FromSeconds(10))).Should().Be(WebSocketCloseStatus.NormalClosure);
        (await Keyed(HttpMethod.Put)).Code.Should().Be(-1125);
        var reconnect = () => RawSocket.ConnectAsync(_venue.FuturesUserStreamUrl(key));
        await reconnect.Should().ThrowAsync<WebSocketException>("an expired key refuses the upgrade");
    }

    [Fact]
    public async Task ListenKey_AnHourWithoutKeepAlive_ExpiresAndANewKeyIsIssued()
    {
        var key = (string)(await Keyed(HttpMethod.Post)).Json["listenKey"]!;
        await using var socket = await RawSocket.ConnectAsync(_venue.FuturesUserStreamUrl(key));
        await WaitForSubscriptionAsync();

        _venue.ManualClock!.Advance(TimeSpan.FromMilliseconds(FakeBinance.ListenKeyValidityMs + 1));

        (await Keyed(HttpMethod.Put)).Code.Should().Be(-1125);
        ((string)(await socket.NextAsync())["e"]!).Should().Be("listenKeyExpired");
        ((string)(await Keyed(HttpMethod.Post)).Json["listenKey"]!).Should().NotBe(key);
    }

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task WaitForSubscriptionAsync() => await _venue.WaitForSubscriptionsAsync(1, TimeSpan.FromSeconds(10));

    /// <summary>The request as BinanceUserStream would send it, signed by the test's own HMAC over the sorted params.</summary>
    private string Subscribe(object id, long timestampMs, string? apiKey = null, string? secret = null)
    {
        var key = apiKey ?? _venue.Options.ApiKey;
        var signature = VenueTestClient.Sign(secret ?? _venue.Options.ApiSecret, $"apiKey={key}&recvWindow=5000&timestamp={Ms(timestampMs)}");
        var idJson = id is string text ? "\"" + text + "\"" : Convert.ToString(id, CultureInfo.InvariantCulture);
        return "{\"id\":" + idJson + ",\"method\":\"userDataStream.subscribe.signature\",\"params\":{\"apiKey\":\"" + key +
            "\",\"recvWindow\":5000,\"timestamp\":" + Ms(timestampMs) + ",\"signature\":\"" + signature + "\"}}";
    }

    private async Task<VenueResponse> Keyed(HttpMethod method, string query = "", string? apiKey = "default")
    {
        using var http = new HttpClient { BaseAddress = _venue.BaseUrl };
        using var request = new HttpRequestMessage(method, "/fapi/v1/listenKey" + (query.Length == 0 ? string.Empty : "?" + query));
        if (apiKey is not null)
        {
            request.Headers.Add("X-MBX-APIKEY", apiKey == "default" ? _venue.Options.ApiKey : apiKey);
        }

        using var response = await http.SendAsync(request);
        return new VenueResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), new Dictionary<string, string>());
    }
}
