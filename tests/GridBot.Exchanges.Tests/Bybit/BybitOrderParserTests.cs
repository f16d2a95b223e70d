using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using static GridBot.Exchanges.Tests.Bybit.BybitPayloads;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitOrderParserTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Fact]
    public void Order_RestItem_MapsEveryField()
    {
        var order = BybitParsers.Order(Element(SpotOrderItem), BtcUsdt).Value;

        order.Should().Be(new ExchangeOrder(
            BtcUsdt, "grid-1-s-0002", "1536400000000000002", OrderSide.Sell, OrderType.Limit, 26000m, 0.01m, 0m,
            OrderStatus.New, 1684738540561));
    }

    [Theory]
    [InlineData("New", OrderStatus.New)]
    [InlineData("PartiallyFilled", OrderStatus.PartiallyFilled)]
    [InlineData("Filled", OrderStatus.Filled)]
    [InlineData("Cancelled", OrderStatus.Canceled)]
    [InlineData("Rejected", OrderStatus.Rejected)]
    [InlineData("Deactivated", OrderStatus.Canceled)]
    [InlineData("PartiallyFilledCanceled", OrderStatus.Canceled)]
    [InlineData("Untriggered", OrderStatus.New)]
    [InlineData("Triggered", OrderStatus.New)]
    public void Order_Status_MapsToCore(string bybit, OrderStatus expected)
    {
        var json = SpotOrderItem.Replace("\"orderStatus\":\"New\"", $"\"orderStatus\":\"{bybit}\"", StringComparison.Ordinal);

        BybitParsers.Order(Element(json), BtcUsdt).Value.Status.Should().Be(expected);
    }

    [Theory]
    [InlineData("Limit", "GTC", OrderType.Limit)]
    [InlineData("Limit", "PostOnly", OrderType.LimitMaker)]
    [InlineData("Limit", "IOC", OrderType.LimitIoc)]
    [InlineData("Limit", "FOK", OrderType.LimitIoc)]
    [InlineData("Limit", "RPI", OrderType.LimitMaker)]
    [InlineData("Market", "IOC", OrderType.Market)]
    [InlineData("Market", "GTC", OrderType.Market)]
    public void Order_TypeAndTimeInForce_MapToCoreType(string orderType, string tif, OrderType expected)
    {
        var json = SpotOrderItem
            .Replace("\"orderType\":\"Limit\"", $"\"orderType\":\"{orderType}\"", StringComparison.Ordinal)
            .Replace("\"timeInForce\":\"GTC\"", $"\"timeInForce\":\"{tif}\"", StringComparison.Ordinal);

        BybitParsers.Order(Element(json), BtcUsdt).Value.Type.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"0\"")]
    [InlineData("\"\"")]
    public void Order_MarketWithZeroOrEmptyPrice_HasNullPrice(string price)
    {
        var json = SpotOrderItem.Replace("\"price\":\"26000.00\"", $"\"price\":{price}", StringComparison.Ordinal);

        BybitParsers.Order(Element(json), BtcUsdt).Value.Price.Should().BeNull();
    }

    [Theory]
    [InlineData("\"orderStatus\":\"New\"", "\"orderStatus\":\"Expired\"")]
    [InlineData("\"side\":\"Sell\"", "\"side\":\"SELL\"")]
    [InlineData("\"orderType\":\"Limit\"", "\"orderType\":\"StopLimit\"")]
    [InlineData("\"qty\":\"0.010000\"", "\"qty\":0.01")]
    [InlineData("\"updatedTime\":\"1684738540561\"", "\"updatedTime\":\"\"")]
    [InlineData("\"orderLinkId\":\"grid-1-s-0002\",", "")]
    public void Order_UnknownOrMalformedField_IsBadPayload(string from, string to)
    {
        var json = SpotOrderItem.Replace(from, to, StringComparison.Ordinal);

        BybitParsers.Order(Element(json), BtcUsdt).Error!.Code.Should().Be("BadPayload");
    }

    [Fact]
    public void Orders_List_ParsesEachItem()
    {
        var json = $$"""{"category":"spot","list":[{{SpotOrderItem}},{{SpotOrderItem.Replace("grid-1-s-0002", "grid-1-s-0003", StringComparison.Ordinal)}}],"nextPageCursor":""}""";

        var orders = BybitParsers.Orders(Element(json), BtcUsdt).Value;

        orders.Select(o => o.ClientOrderId).Should().Equal("grid-1-s-0002", "grid-1-s-0003");
    }

    [Fact]
    public void Orders_MalformedJsonText_IsErrorNotException()
    {
        var result = BybitErrors.ReadResult(200, """{"retCode":0,"result":{"list":[{"orderId":""" );

        result.IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void Fills_LinearList_SkipsFundingAndSortsOldestFirst()
    {
        var fills = BybitParsers.Fills(Element(LinearExecutions), BtcUsdt, MarketType.Perp).Value;

        fills.Select(f => f.TradeId).Should().Equal("e-2", "e-3");
        fills[0].Should().Be(new ExchangeFill(
            BtcUsdt, "e-2", "grid-7-b-0002", "o-2", OrderSide.Buy, 25500m, 0.002m, new CashAmount(0.0051m, "USDT"), true,
            1700000001000));
        fills[1].Fee.Should().Be(new CashAmount(0.0052m, "USDT"));
        fills[1].Side.Should().Be(OrderSide.Sell);
        fills[1].Price.Should().Be(26000.1m);
    }

    [Theory]
    [InlineData("Buy", "", "BTC")]
    [InlineData("Sell", "", "USDT")]
    [InlineData("Buy", "USDT", "USDT")]
    [InlineData("Sell", "BTC", "BTC")]
    public void Fill_SpotFeeAsset_IsFeeCurrencyElseTheAssetReceived(string side, string feeCurrency, string expected)
    {
        var json = $$"""
            {"symbol":"BTCUSDT","side":"{{side}}","orderId":"o-1","orderLinkId":"grid-1-b-0001","execId":"e-1",
             "execPrice":"25000","execQty":"0.001","execFee":"0.000001","feeCurrency":"{{feeCurrency}}","isMaker":true,
             "execTime":"1700000000000","execType":"Trade"}
            """;

        BybitParsers.Fill(Element(json), BtcUsdt, MarketType.Spot).Value.Fee.Asset.Should().Be(expected);
    }

    [Fact]
    public void Fill_MissingIsMaker_IsBadPayload()
    {
        var json = """{"symbol":"BTCUSDT","side":"Buy","orderId":"o","execId":"e","execPrice":"1","execQty":"1","execTime":"1"}""";

        BybitParsers.Fill(Element(json), BtcUsdt, MarketType.Perp).Error!.Code.Should().Be("BadPayload");
    }

    [Theory]
    [InlineData("Trade", true)]
    [InlineData("AdlTrade", true)]
    [InlineData("BustTrade", true)]
    [InlineData("Funding", false)]
    [InlineData("Settle", false)]
    [InlineData("Delivery", false)]
    public void IsTrade_ExecType_OnlyQuantityMovingTypes(string execType, bool expected)
    {
        BybitParsers.IsTrade(Element($$"""{"execType":"{{execType}}"}""")).Should().Be(expected);
    }
}
