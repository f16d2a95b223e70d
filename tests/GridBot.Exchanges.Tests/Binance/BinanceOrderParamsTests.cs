using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceOrderParamsTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Theory]
    [InlineData(OrderType.Limit, MarketType.Spot, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.0015&price=64000.1&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    [InlineData(OrderType.LimitMaker, MarketType.Spot, "symbol=BTCUSDT&side=BUY&type=LIMIT_MAKER&quantity=0.0015&price=64000.1&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    [InlineData(OrderType.LimitIoc, MarketType.Spot, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.0015&price=64000.1&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    [InlineData(OrderType.Market, MarketType.Spot, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.0015&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    [InlineData(OrderType.Limit, MarketType.Perp, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.0015&price=64000.1&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    [InlineData(OrderType.LimitMaker, MarketType.Perp, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTX&quantity=0.0015&price=64000.1&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    [InlineData(OrderType.LimitIoc, MarketType.Perp, "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=IOC&quantity=0.0015&price=64000.1&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    [InlineData(OrderType.Market, MarketType.Perp, "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.0015&newClientOrderId=g1-b-3&newOrderRespType=RESULT")]
    public void For_EachTypeAndMarket_WritesOrderedParams(OrderType type, MarketType market, string expected)
    {
        var request = new OrderRequest(BtcUsdt, "g1-b-3", OrderSide.Buy, type, 0.00150000m, 64000.10m);

        BinanceSigner.Encode(BinanceOrderParams.For(request, market)).Should().Be(expected);
    }

    [Fact]
    public void For_ReduceOnlyPerpSell_AddsReduceOnlyTrue()
    {
        var request = new OrderRequest(BtcUsdt, "g1-s-3", OrderSide.Sell, OrderType.Limit, 1m, 9000m, ReduceOnly: true);

        BinanceSigner.Encode(BinanceOrderParams.For(request, MarketType.Perp)).Should()
            .Be("symbol=BTCUSDT&side=SELL&type=LIMIT&timeInForce=GTC&quantity=1&price=9000&newClientOrderId=g1-s-3&reduceOnly=true&newOrderRespType=RESULT");
    }

    [Fact]
    public void For_ReduceOnlySpot_NotSent()
    {
        var request = new OrderRequest(BtcUsdt, "g1-s-3", OrderSide.Sell, OrderType.Limit, 1m, 9000m, ReduceOnly: true);

        BinanceOrderParams.For(request, MarketType.Spot).Select(p => p.Key).Should().NotContain("reduceOnly");
    }

    [Fact]
    public void For_SignedWithFuturesKey_MatchesRecomputedSignature()
    {
        var request = new OrderRequest(BtcUsdt, "g1", OrderSide.Buy, OrderType.Limit, 1m, 9000m);
        var signer = new BinanceSigner("2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9");

        var query = signer.SignedQuery(BinanceOrderParams.For(request, MarketType.Perp), 1591702613943);

        var unsigned = query[..query.IndexOf("&signature=", StringComparison.Ordinal)];
        query.Should().Be($"{unsigned}&signature={signer.Sign(unsigned)}");
        unsigned.Should().EndWith("&recvWindow=5000&timestamp=1591702613943");
    }

    [Fact]
    public void For_LimitWithoutPrice_ThrowsAsCallerBug()
    {
        var request = new OrderRequest(BtcUsdt, "g1", OrderSide.Buy, OrderType.Limit, 1m, null);

        var act = () => BinanceOrderParams.For(request, MarketType.Spot);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void For_MarketWithPrice_PriceOmitted()
    {
        var request = new OrderRequest(BtcUsdt, "g1", OrderSide.Sell, OrderType.Market, 2m, 100m);

        BinanceOrderParams.For(request, MarketType.Spot).Select(p => p.Key).Should().NotContain("price");
    }

    [Fact]
    public void ForOrder_ClientId_UsesOrigClientOrderId()
    {
        BinanceSigner.Encode(BinanceOrderParams.ForOrder(BtcUsdt, "g1-b-3")).Should().Be("symbol=BTCUSDT&origClientOrderId=g1-b-3");
    }

    [Fact]
    public void ForTrades_StartAndLimit_Written()
    {
        BinanceSigner.Encode(BinanceOrderParams.ForTrades(BtcUsdt, 1499865549590)).Should().Be("symbol=BTCUSDT&startTime=1499865549590&limit=1000");
    }

    [Theory]
    [InlineData(null, 500, "symbol=BTCUSDT&interval=1m&limit=500")]
    [InlineData(1499040000000L, 1000, "symbol=BTCUSDT&interval=1m&startTime=1499040000000&limit=1000")]
    public void ForKlines_OptionalStart_Written(long? start, int limit, string expected)
    {
        BinanceSigner.Encode(BinanceOrderParams.ForKlines(BtcUsdt, "1m", start, limit)).Should().Be(expected);
    }

    [Fact]
    public void ForKlines_LimitAbove1000_Throws()
    {
        var act = () => BinanceOrderParams.ForKlines(BtcUsdt, "1m", null, 1001);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ForLeverage_Value_Written()
    {
        BinanceSigner.Encode(BinanceOrderParams.ForLeverage(BtcUsdt, 3)).Should().Be("symbol=BTCUSDT&leverage=3");
    }
}
