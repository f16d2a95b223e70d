using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using static GridBot.Exchanges.Tests.Bybit.BybitPayloads;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitWebSocketParserTests
{
    [Fact]
    public void WsFills_ApiFactsExecution_IsOneLinearTakerSellWithQuoteFee()
    {
        var fills = BybitParsers.WsFills(WsExecution).Value;

        fills.Should().Equal(new ExchangeFill(
            new Symbol("XRP", "USDT"), "7e2ae69c-4edf-5800-a352-893d52b446aa", string.Empty,
            "f6e324ff-99c2-4e89-9739-3086e47f9381", OrderSide.Sell, 0.3374m, 25m, new CashAmount(0.005061m, "USDT"), false,
            1672364174443));
    }

    [Fact]
    public void WsFills_SeveralExecutionsNewestFirst_AreOldestFirstAndSkipFunding()
    {
        var message = """
            {"topic":"execution","data":[
             {"category":"spot","symbol":"BTCUSDT","side":"Buy","orderId":"o","orderLinkId":"a","execId":"e-2","execPrice":"1",
              "execQty":"1","execFee":"0","isMaker":true,"execTime":"20","execType":"Trade"},
             {"category":"linear","symbol":"BTCUSDT","side":"Buy","orderId":"","orderLinkId":"","execId":"e-f","execPrice":"1",
              "execQty":"1","execFee":"0.1","isMaker":false,"execTime":"15","execType":"Funding"},
             {"category":"spot","symbol":"BTCUSDT","side":"Buy","orderId":"o","orderLinkId":"a","execId":"e-1","execPrice":"1",
              "execQty":"1","execFee":"0","isMaker":true,"execTime":"10","execType":"Trade"}]}
            """;

        BybitParsers.WsFills(message).Value.Select(f => f.TradeId).Should().Equal("e-1", "e-2");
    }

    [Fact]
    public void WsOrders_ApiFactsOptionOrder_IsSkipped()
    {
        BybitParsers.WsOrders(WsOptionOrder).Value.Should().BeEmpty();
    }

    [Fact]
    public void WsOrders_SpotTopicWithSuffix_ReusesTheRestParser()
    {
        var orders = BybitParsers.WsOrders(WsSpotOrder).Value;

        orders.Should().Equal(new ExchangeOrder(
            new Symbol("BTC", "USDT"), "grid-1-b-0001", "1536400000000000001", OrderSide.Buy, OrderType.LimitMaker, 25000.5m,
            0.01m, 0.004m, OrderStatus.PartiallyFilled, 1672364262457));
        orders[0].Remaining.Should().Be(0.006m);
    }

    [Fact]
    public void WsOrders_Resolver_NamesTheSymbol()
    {
        var odd = new Symbol("BTC", "USDC");

        var orders = BybitParsers.WsOrders(WsSpotOrder, name => name == "BTCUSDT" ? odd : null).Value;

        orders.Single().Symbol.Should().Be(odd);
    }

    [Fact]
    public void WsOrders_UnresolvableSymbol_IsInvalidSymbolError()
    {
        BybitParsers.WsOrders(WsSpotOrder, _ => null).Error!.Code.Should().Be("InvalidSymbol");
    }

    [Theory]
    [InlineData("{\"topic\":\"order\",\"data\":[{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"topic\":\"execution\",\"data\":[]}")]
    [InlineData("{\"topic\":\"orderbook.50.BTCUSDT\",\"data\":[]}")]
    [InlineData("{\"topic\":\"order\",\"data\":{}}")]
    [InlineData("{\"topic\":\"order\",\"data\":[{\"category\":\"spot\",\"symbol\":\"BTCUSDT\",\"orderStatus\":\"New\"}]}")]
    public void WsOrders_MalformedOrWrongTopic_IsError(string message)
    {
        BybitParsers.WsOrders(message).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void WsFills_OrderFrame_IsWrongTopicError()
    {
        BybitParsers.WsFills(WsSpotOrder).Error!.Code.Should().Be("BadPayload");
    }

    [Theory]
    [InlineData(WsExecution, "execution")]
    [InlineData(WsSpotOrder, "order.spot")]
    [InlineData("""{"success":true,"ret_msg":"","op":"auth","conn_id":"cejreaspqfh3sjdnldmg-p"}""", "auth")]
    [InlineData("""{"op":"pong","args":["1672916271846"],"conn_id":"x"}""", "pong")]
    public void WsTopic_Frame_IsTopicOrOp(string message, string expected)
    {
        BybitParsers.WsTopic(message).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"data\":[]}")]
    public void WsTopic_Unrecognised_IsError(string message)
    {
        BybitParsers.WsTopic(message).IsSuccess.Should().BeFalse();
    }
}
