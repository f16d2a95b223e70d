using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceOrderParserTests
{
    private static readonly Symbol LtcBtc = new("LTC", "BTC");
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Fact]
    public void ParseOrder_SpotNewOrderResult_MapsEveryField()
    {
        var order = BinanceParsers.ParseOrder(BinancePayloads.SpotNewOrderResult, LtcBtc).Value;

        order.Should().Be(new ExchangeOrder(LtcBtc, "6gCrw2kRUAF9CvJDGP16IP", "28", OrderSide.Buy, OrderType.Limit,
            0.1m, 1m, 0m, OrderStatus.New, 1507725176595));
    }

    [Fact]
    public void ParseOrder_SpotCancel_UsesOrigClientOrderId()
    {
        var order = BinanceParsers.ParseOrder(BinancePayloads.SpotCancel, LtcBtc).Value;

        order.ClientOrderId.Should().Be("myOrder1");
        order.ExchangeOrderId.Should().Be("4");
        order.Status.Should().Be(OrderStatus.Canceled);
        order.Price.Should().Be(2m);
        order.UpdatedMs.Should().Be(1684804350068);
    }

    [Fact]
    public void ParseOrder_FuturesGtxPartiallyFilled_IsLimitMakerWithUpdateTime()
    {
        var order = BinanceParsers.ParseOrder(BinancePayloads.FuturesOrder, BtcUsdt).Value;

        order.Should().Be(new ExchangeOrder(BtcUsdt, "abc", "1917641", OrderSide.Sell, OrderType.LimitMaker,
            9300.5m, 0.40m, 0.002m, OrderStatus.PartiallyFilled, 1579276756999));
        order.Remaining.Should().Be(0.398m);
    }

    [Theory]
    [InlineData("NEW", OrderStatus.New)]
    [InlineData("PARTIALLY_FILLED", OrderStatus.PartiallyFilled)]
    [InlineData("FILLED", OrderStatus.Filled)]
    [InlineData("CANCELED", OrderStatus.Canceled)]
    [InlineData("REJECTED", OrderStatus.Rejected)]
    [InlineData("EXPIRED", OrderStatus.Expired)]
    [InlineData("EXPIRED_IN_MATCH", OrderStatus.Expired)]
    [InlineData("PENDING_CANCEL", OrderStatus.New)]
    public void ParseOrder_EachStatus_Mapped(string status, OrderStatus expected)
    {
        var order = BinanceParsers.ParseOrder(Order("LIMIT", "GTC", status), BtcUsdt).Value;

        order.Status.Should().Be(expected);
    }

    [Theory]
    [InlineData("LIMIT", "GTC", OrderType.Limit)]
    [InlineData("LIMIT_MAKER", null, OrderType.LimitMaker)]
    [InlineData("LIMIT", "GTX", OrderType.LimitMaker)]
    [InlineData("LIMIT", "IOC", OrderType.LimitIoc)]
    [InlineData("LIMIT", "FOK", OrderType.LimitIoc)]
    [InlineData("MARKET", "GTC", OrderType.Market)]
    public void ParseOrder_EachType_Mapped(string type, string? tif, OrderType expected)
    {
        var order = BinanceParsers.ParseOrder(Order(type, tif, "FILLED"), BtcUsdt).Value;

        order.Type.Should().Be(expected);
    }

    [Fact]
    public void ParseOrder_MarketZeroPrice_PriceIsNull()
    {
        var order = BinanceParsers.ParseOrder(Order("MARKET", "GTC", "FILLED", price: "0.00000000"), BtcUsdt).Value;

        order.Price.Should().BeNull();
        order.FilledQuantity.Should().Be(0.5m);
    }

    [Theory]
    [InlineData("STOP_LOSS_LIMIT", "NEW", "unsupported order type")]
    [InlineData("LIMIT", "NEW_INSURANCE", "unknown order status")]
    public void ParseOrder_UnsupportedTypeOrStatus_ReturnsError(string type, string status, string reason)
    {
        var result = BinanceParsers.ParseOrder(Order(type, "GTC", status), BtcUsdt);

        result.Error!.Message.Should().Contain(reason);
    }

    [Fact]
    public void ParseOrder_OtherSymbol_ReturnsError()
    {
        BinanceParsers.ParseOrder(BinancePayloads.SpotNewOrderResult, BtcUsdt).Error!.Message.Should().Contain("LTCBTC");
    }

    [Fact]
    public void ParseOrders_OpenOrdersWithForeignStop_SkipsTheStop()
    {
        var json = $"[{Order("LIMIT", "GTC", "NEW")},{Order("STOP_LOSS_LIMIT", "GTC", "NEW")},{Order("LIMIT_MAKER", null, "PARTIALLY_FILLED")}]";

        var orders = BinanceParsers.ParseOrders(json, BtcUsdt).Value;

        orders.Select(o => o.Type).Should().Equal(OrderType.Limit, OrderType.LimitMaker);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""[{"type":"LIMIT","timeInForce":"GTC","status":"NEW"}]""")]
    [InlineData("""[{"symbol":"BTCUSDT","orderId":1,"clientOrderId":"a","side":"UP","type":"LIMIT","status":"NEW","price":"1","origQty":"1","executedQty":"0"}]""")]
    [InlineData("""[{"symbol":"BTCUSDT","orderId":1,"clientOrderId":"a","side":"BUY","type":"LIMIT","status":"NEW","price":"1,5","origQty":"1","executedQty":"0"}]""")]
    public void ParseOrders_Malformed_ReturnsError(string json)
    {
        BinanceParsers.ParseOrders(json, BtcUsdt).Error!.Code.Should().Be("BadPayload");
    }

    private static string Order(string type, string? tif, string status, string price = "100.50") =>
        $$"""
        {"symbol":"BTCUSDT","orderId":7,"clientOrderId":"g1-b-3","price":"{{price}}","origQty":"0.50000000","executedQty":"0.50000000",
         "status":"{{status}}"{{(tif is null ? "" : $",\"timeInForce\":\"{tif}\"")}},"type":"{{type}}","side":"BUY","time":1,"updateTime":2}
        """;
}
