using System.Globalization;
using System.Text.Json.Nodes;
using GridBot.Core.Market;
using GridBot.Testing.FakeVenues;

namespace GridBot.Exchanges.Tests.FakeVenues;

/// <summary>FakeBybit's /v5/private with a bare socket and the tests' own signing.</summary>
public sealed class FakeBybitStreamTests : IAsyncLifetime
{
    private FakeBybit _venue = null!;
    private RawSocket _socket = null!;

    public async Task InitializeAsync()
    {
        _venue = await FakeBybit.StartAsync();
        _socket = await RawSocket.ConnectAsync(_venue.PrivateStreamUrl);
    }

    public async Task DisposeAsync()
    {
        await _socket.DisposeAsync();
        await _venue.DisposeAsync();
    }

    [Fact]
    public async Task Auth_SignedGetRealtimePlusExpires_Succeeds()
    {
        var reply = await _socket.AskAsync(Auth(_venue.NowMs + 10_000, requestId: "a-1"));

        reply.ToJsonString().Should().Be("""{"success":true,"ret_msg":"","op":"auth","conn_id":"fake-conn-1","req_id":"a-1"}""");
    }

    [Theory]
    [InlineData(0, "fake-bybit-api-key", "fake-bybit-api-secret")]
    [InlineData(10_000, "fake-bybit-api-key", "wrong-secret")]
    [InlineData(10_000, "someone-else", "fake-bybit-api-secret")]
    public async Task Auth_ExpiredOrBadlySigned_FailsAndSubscribeIsNotAuthorized(long aheadMs, string key, string secret)
    {
        var auth = await _socket.AskAsync(Auth(_venue.NowMs + aheadMs, key, secret));
        var subscribe = await _socket.AskAsync("""{"op":"subscribe","args":["order","execution"]}""");

        ((bool)auth["success"]!, (string)auth["ret_msg"]!).Should().Be((false, "Params Error"));
        ((bool)subscribe["success"]!, (string)subscribe["ret_msg"]!, (string)subscribe["op"]!).Should().Be((false, "Request not authorized", "subscribe"));
        _venue.SubscriptionCount.Should().Be(0);
    }

    [Fact]
    public async Task Subscribe_AfterAuth_SucceedsOnceAndARepeatFails()
    {
        await _socket.AskAsync(Auth(_venue.NowMs + 10_000));

        var first = await _socket.AskAsync("""{"op":"subscribe","args":["order","execution"],"req_id":"s-1"}""");
        var repeat = await _socket.AskAsync("""{"op":"subscribe","args":["execution"]}""");

        first.ToJsonString().Should().Be("""{"success":true,"ret_msg":"","op":"subscribe","conn_id":"fake-conn-1","req_id":"s-1"}""");
        ((bool)repeat["success"]!).Should().BeFalse();
        _venue.SubscriptionCount.Should().Be(2);
        _venue.SubscribeAttempts.Should().Be(2);
    }

    [Fact]
    public async Task Ping_AnsweredWithPong()
    {
        var pong = await _socket.AskAsync("""{"op":"ping","req_id":"p-1"}""");

        pong.ToJsonString().Should().Be("{\"op\":\"pong\",\"args\":[\"" + Ms(_venue.NowMs) + "\"],\"conn_id\":\"fake-conn-1\",\"req_id\":\"p-1\"}");
    }

    [Fact]
    public async Task Pushes_LinearFillAfterSubscribe_OrderAndExecutionTopics()
    {
        await _socket.AskAsync(Auth(_venue.NowMs + 10_000));
        await _socket.AskAsync("""{"op":"subscribe","args":["order","execution"]}""");

        _venue.Linear.Place(new FakeOrderRequest(OrderSide.Sell, FakeOrderType.Limit, FakeTimeInForce.Gtc, 0.01m, 61_000m, "g-1-s1"));
        _venue.Trade(61_000m);
        var created = await _socket.NextAsync();
        var filled = await _socket.NextAsync();
        var execution = await _socket.NextAsync();

        var fill = _venue.Linear.Fills.Single();
        ((string)created["topic"]!, (string)Item(created)["orderStatus"]!, (string)Item(created)["category"]!).Should().Be(("order", "New", "linear"));
        ((string)filled["topic"]!, (string)Item(filled)["orderStatus"]!, (string)Item(filled)["cumExecQty"]!).Should().Be(("order", "Filled", "0.01"));
        ((string)execution["topic"]!).Should().Be("execution");
        var expected = JsonNode.Parse(
            "{\"category\":\"linear\",\"symbol\":\"BTCUSDT\",\"orderId\":\"" + Ms(fill.OrderId) + "\",\"orderLinkId\":\"g-1-s1\",\"side\":\"Sell\"," +
            "\"execId\":\"" + Ms(fill.TradeId) + "\",\"execPrice\":\"61000\",\"execQty\":\"0.01\",\"execFee\":\"0.122\",\"feeCurrency\":\"USDT\"," +
            "\"execType\":\"Trade\",\"isMaker\":true,\"execTime\":\"" + Ms(fill.TimeMs) + "\",\"leavesQty\":\"0\"}")!.AsObject();
        var actual = Item(execution);
        expected.Select(p => (p.Key, actual[p.Key]?.ToJsonString())).Should().Equal(expected.Select(p => (p.Key, p.Value?.ToJsonString())));
        ((string)(await _socket.AskAsync("{\"op\":\"ping\"}"))["op"]!).Should().Be("pong", "nothing more was pushed before the pong");
    }

    [Fact]
    public async Task Pushes_CategoryTopic_OnlyThatCategory()
    {
        await _socket.AskAsync(Auth(_venue.NowMs + 10_000));
        await _socket.AskAsync("""{"op":"subscribe","args":["order.spot"]}""");

        _venue.Linear.Place(new FakeOrderRequest(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, 0.01m, 59_000m, "g-2-b1"));
        _venue.Spot.Place(new FakeOrderRequest(OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc, 0.01m, 59_000m, "g-2-b2"));
        var pushed = await _socket.NextAsync();

        ((string)pushed["topic"]!, (string)Item(pushed)["orderLinkId"]!, (string)Item(pushed)["category"]!).Should().Be(("order.spot", "g-2-b2", "spot"));
    }

    private static JsonNode Item(JsonNode frame) => frame["data"]![0]!;

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Auth(long expiresMs, string key = "fake-bybit-api-key", string secret = "fake-bybit-api-secret", string? requestId = null)
    {
        var signature = VenueTestClient.Sign(secret, "GET/realtime" + Ms(expiresMs));
        return "{\"op\":\"auth\",\"args\":[\"" + key + "\"," + Ms(expiresMs) + ",\"" + signature + "\"]" +
            (requestId is null ? string.Empty : ",\"req_id\":\"" + requestId + "\"") + "}";
    }
}
