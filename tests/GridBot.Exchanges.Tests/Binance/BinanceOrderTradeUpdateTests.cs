using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using static GridBot.Exchanges.Tests.Binance.BinanceFuturesUserPayloads;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceOrderTradeUpdateTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    [Fact]
    public void Parse_DocumentedExample_TrailingStopIsNoGridOrderAndNoFill()
    {
        var update = BinanceOrderTradeUpdate.Parse(DocumentedExample).Value;

        update.ExecutionType.Should().Be("NEW");
        update.Order.Should().BeNull("a trailing stop cannot be a grid order");
        update.Fill.Should().BeNull();
        update.RealizedProfit.Should().Be(0m);
    }

    [Fact]
    public void Parse_New_IsAnOpenLimitOrderAtTheOrderTradeTime()
    {
        var update = BinanceOrderTradeUpdate.Parse(New).Value;

        update.Order.Should().Be(new ExchangeOrder(Btc, "g-7-b-0003", "4242", OrderSide.Buy, OrderType.Limit, 60000m, 0.010m, 0m,
            OrderStatus.New, 1750000000100));
        update.Fill.Should().BeNull();
    }

    [Fact]
    public void Parse_PartialTrade_IsAPartlyFilledOrderAndAMakerFillWithItsFee()
    {
        var update = BinanceOrderTradeUpdate.Parse(PartialTrade).Value;

        update.ExecutionType.Should().Be("TRADE");
        update.Order!.Status.Should().Be(OrderStatus.PartiallyFilled);
        update.Order.FilledQuantity.Should().Be(0.004m);
        update.Fill.Should().Be(new ExchangeFill(Btc, "990001", "g-7-b-0003", "4242", OrderSide.Buy, 60000m, 0.004m,
            new CashAmount(0.048m, "USDT"), true, 1750000000200));
    }

    [Fact]
    public void Parse_FilledTrade_FeeInBnbAndRealisedProfit()
    {
        var update = BinanceOrderTradeUpdate.Parse(FilledTrade).Value;

        update.Order!.Status.Should().Be(OrderStatus.Filled);
        update.Order.Remaining.Should().Be(0m);
        update.Fill!.Quantity.Should().Be(0.006m, "the fill is the last executed quantity l, not the cumulative z");
        update.Fill.TradeId.Should().Be("990002");
        update.Fill.Fee.Should().Be(new CashAmount(0.00012m, "BNB"));
        update.RealizedProfit.Should().Be(1.25m);
    }

    [Theory]
    [InlineData(Canceled, "g-7-s-0004", "4243", OrderStatus.Canceled)]
    [InlineData(Expired, "g-7-s-0005", "4244", OrderStatus.Expired)]
    public void Parse_CanceledOrExpiredPostOnly_IsALimitMakerWithoutFill(string json, string clientId, string orderId, OrderStatus status)
    {
        var update = BinanceOrderTradeUpdate.Parse(json).Value;

        update.Order!.ClientOrderId.Should().Be(clientId);
        update.Order.ExchangeOrderId.Should().Be(orderId);
        update.Order.Status.Should().Be(status);
        update.Order.Type.Should().Be(OrderType.LimitMaker, "GTX is Binance futures' post-only");
        update.Order.Side.Should().Be(OrderSide.Sell);
        update.Fill.Should().BeNull();
    }

    [Fact]
    public void Parse_TradeWithoutCommissionFields_IsAZeroFeeInTheQuoteAsset()
    {
        var json = PartialTrade.Replace("\"N\":\"USDT\",\"n\":\"0.048\",", string.Empty, StringComparison.Ordinal);

        BinanceOrderTradeUpdate.Parse(json).Value.Fill!.Fee.Should().Be(new CashAmount(0m, "USDT"));
    }

    [Fact]
    public void Parse_Resolver_NamesTheSymbolOrRejectsAnUnknownOne()
    {
        var odd = new Symbol("BTC", "USDC");

        BinanceOrderTradeUpdate.Parse(New, name => name == "BTCUSDT" ? odd : null).Value.Order!.Symbol.Should().Be(odd);
        var unknown = BinanceOrderTradeUpdate.Parse(New, _ => null);
        unknown.IsSuccess.Should().BeFalse();
        unknown.Error!.Code.Should().Be("InvalidSymbol");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"e":"ACCOUNT_UPDATE","E":1,"T":1,"a":{}}""")]
    [InlineData("""{"e":"ORDER_TRADE_UPDATE","E":1,"T":1,"o":{"s":"BTCUSDT"}}""")]
    [InlineData("""{"e":"ORDER_TRADE_UPDATE","E":1,"T":1,"o":"BTCUSDT"}""")]
    [InlineData("""{"e":"ORDER_TRADE_UPDATE","E":1,"T":1,"o":{"s":"BTCUSDT","c":"a","S":"BUY","o":"LIMIT","f":"GTC","q":"x","p":"1","x":"NEW","X":"NEW","i":1,"z":"0","T":1}}""")]
    [InlineData("""{"e":"ORDER_TRADE_UPDATE","E":1,"T":1,"o":{"s":"BTCUSDT","c":"a","S":"BUY","o":"LIMIT","f":"GTC","q":"1","p":"1","x":"NEW","X":"NEW_ADL","i":1,"z":"0","T":1}}""")]
    [InlineData("""{"e":"ORDER_TRADE_UPDATE","E":1,"T":1,"o":{"s":"BTCUSDT","c":"a","S":"BUY","o":"LIMIT","f":"GTC","q":"1","p":"1","x":"TRADE","X":"FILLED","i":1,"z":"1","l":"1","L":"1","n":"0.1","t":5,"T":1}}""")]
    public void Parse_Malformed_IsAnErrorValue(string json)
    {
        var result = BinanceOrderTradeUpdate.Parse(json);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("BadPayload");
    }
}
