using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Streaming;
using static GridBot.Exchanges.Tests.Streaming.StreamPayloads;

namespace GridBot.Exchanges.Tests.Streaming;

public class BinanceExecutionReportTests
{
    private static readonly Symbol EthBtc = new("ETH", "BTC");

    [Fact]
    public void Parse_ApiFactsNewOrder_IsAnOpenLimitOrderWithoutFill()
    {
        var report = BinanceExecutionReport.Parse(ExecutionReportNew).Value;

        report.ExecutionType.Should().Be("NEW");
        report.Order.Should().Be(new ExchangeOrder(
            EthBtc, "mUvoqJxFIILMdfAW5iGSOW", "4293153", OrderSide.Buy, OrderType.Limit, 0.10264410m, 1m, 0m,
            OrderStatus.New, 1499405658657));
        report.Fill.Should().BeNull();
    }

    [Fact]
    public void Parse_Trade_IsAFillWithTradeIdLastPriceLastQuantityAndCommission()
    {
        var report = BinanceExecutionReport.Parse(ExecutionReportTrade).Value;

        report.Fill.Should().Be(new ExchangeFill(
            EthBtc, "77001", "mUvoqJxFIILMdfAW5iGSOW", "4293153", OrderSide.Buy, 0.10264410m, 0.4m,
            new CashAmount(0.00012m, "BNB"), true, 1499405699999));
        report.Order!.Status.Should().Be(OrderStatus.PartiallyFilled);
        report.Order.FilledQuantity.Should().Be(0.4m);
    }

    [Fact]
    public void Parse_Canceled_UsesTheOriginalClientIdFromC()
    {
        var report = BinanceExecutionReport.Parse(ExecutionReportCanceled).Value;

        report.Order!.ClientOrderId.Should().Be("grid-1-s-0007");
        report.Order.Status.Should().Be(OrderStatus.Canceled);
        report.Order.Type.Should().Be(OrderType.LimitMaker);
        report.Fill.Should().BeNull();
    }

    [Fact]
    public void Parse_OrderTypeTheBotNeverPlaces_HasNoOrder()
    {
        BinanceExecutionReport.Parse(ExecutionReportStopLoss).Value.Order.Should().BeNull();
    }

    [Fact]
    public void Parse_Resolver_NamesTheSymbol()
    {
        var odd = new Symbol("ETH", "FDUSD");

        var report = BinanceExecutionReport.Parse(ExecutionReportNew, name => name == "ETHBTC" ? odd : null).Value;

        report.Order!.Symbol.Should().Be(odd);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"e":"outboundAccountPosition","E":1}""")]
    [InlineData("""{"e":"executionReport","s":"ETHBTC"}""")]
    [InlineData("""{"e":"executionReport","s":"ETHBTC","c":"a","S":"BUY","o":"LIMIT","f":"GTC","q":"x","p":"1","x":"NEW","X":"NEW","i":1,"z":"0","T":1}""")]
    public void Parse_Malformed_IsAnErrorValue(string json)
    {
        var result = BinanceExecutionReport.Parse(json);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("BadPayload");
    }
}
