using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitOrderBodyTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    public static TheoryData<OrderRequest, MarketType, string> Bodies => new()
    {
        {
            new OrderRequest(BtcUsdt, "grid-1-b-0001", OrderSide.Buy, OrderType.Limit, 0.0010m, 25000.50m), MarketType.Spot,
            """{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.001","price":"25000.5","timeInForce":"GTC","orderLinkId":"grid-1-b-0001"}"""
        },
        {
            new OrderRequest(BtcUsdt, "grid-1-s-0002", OrderSide.Sell, OrderType.LimitMaker, 0.5m, 100000m), MarketType.Spot,
            """{"category":"spot","symbol":"BTCUSDT","side":"Sell","orderType":"Limit","qty":"0.5","price":"100000","timeInForce":"PostOnly","orderLinkId":"grid-1-s-0002"}"""
        },
        {
            new OrderRequest(BtcUsdt, "m-1", OrderSide.Buy, OrderType.Market, 0.00000001m, null), MarketType.Spot,
            """{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Market","qty":"0.00000001","timeInForce":"IOC","orderLinkId":"m-1","marketUnit":"baseCoin"}"""
        },
        {
            new OrderRequest(BtcUsdt, "m-2", OrderSide.Sell, OrderType.Market, 2m, null), MarketType.Spot,
            """{"category":"spot","symbol":"BTCUSDT","side":"Sell","orderType":"Market","qty":"2","timeInForce":"IOC","orderLinkId":"m-2","marketUnit":"baseCoin"}"""
        },
        {
            new OrderRequest(BtcUsdt, "p-1", OrderSide.Sell, OrderType.Limit, 0.001m, 26000.1m, ReduceOnly: true), MarketType.Perp,
            """{"category":"linear","symbol":"BTCUSDT","side":"Sell","orderType":"Limit","qty":"0.001","price":"26000.1","timeInForce":"GTC","orderLinkId":"p-1","positionIdx":0,"reduceOnly":true}"""
        },
        {
            new OrderRequest(BtcUsdt, "p-2", OrderSide.Buy, OrderType.LimitIoc, 1.000m, 0.1000m), MarketType.Perp,
            """{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"1","price":"0.1","timeInForce":"IOC","orderLinkId":"p-2","positionIdx":0,"reduceOnly":false}"""
        },
        {
            new OrderRequest(BtcUsdt, "p-3", OrderSide.Buy, OrderType.Market, 0.01m, null), MarketType.Perp,
            """{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Market","qty":"0.01","timeInForce":"IOC","orderLinkId":"p-3","positionIdx":0,"reduceOnly":false}"""
        },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void For_Request_IsTheExactJsonToSendAndSign(OrderRequest request, MarketType market, string expected)
    {
        BybitOrderBody.For(request, market).Should().Be(expected);
    }

    [Fact]
    public void For_SpotReduceOnly_IsNotSent()
    {
        var body = BybitOrderBody.For(new OrderRequest(BtcUsdt, "s", OrderSide.Sell, OrderType.Limit, 1m, 1m, ReduceOnly: true), MarketType.Spot);

        body.Should().NotContain("reduceOnly").And.NotContain("positionIdx");
    }

    [Theory]
    [InlineData(OrderType.Limit, null)]
    [InlineData(OrderType.LimitMaker, 0)]
    [InlineData(OrderType.Market, 100)]
    public void For_PriceDoesNotFitType_Throws(OrderType type, int? price)
    {
        var request = new OrderRequest(BtcUsdt, "x", OrderSide.Buy, type, 1m, price);

        var act = () => BybitOrderBody.For(request, MarketType.Spot);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Cancel_ByClientOrderId_IsCategorySymbolLinkId()
    {
        BybitOrderBody.Cancel(BtcUsdt, "grid-1-b-0001", MarketType.Perp)
            .Should().Be("""{"category":"linear","symbol":"BTCUSDT","orderLinkId":"grid-1-b-0001"}""");
        BybitOrderBody.Cancel(BtcUsdt, "grid-1-b-0001", MarketType.Spot)
            .Should().Be("""{"category":"spot","symbol":"BTCUSDT","orderLinkId":"grid-1-b-0001"}""");
    }

    [Fact]
    public void SetLeverage_Linear_SameForBothSides()
    {
        BybitOrderBody.SetLeverage(BtcUsdt, 5)
            .Should().Be("""{"category":"linear","symbol":"BTCUSDT","buyLeverage":"5","sellLeverage":"5"}""");
    }
}
