using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceMarketParserTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Fact]
    public void ParseKlines_OfficialExample_ReadsOhlcvExactly()
    {
        var bars = BinanceParsers.ParseKlines(BinancePayloads.Klines).Value;

        bars.Should().Equal(new Bar(1499040000000, 0.01634790m, 0.80000000m, 0.01575800m, 0.01577100m, 148976.11427815m));
    }

    [Fact]
    public void ParseKlines_SeveralRows_KeepsOldestFirst()
    {
        const string json = """[[1000,"1","2","0.5","1.5","10",1999],[2000,"1.5","3","1","2","20",2999]]""";

        BinanceParsers.ParseKlines(json).Value.Select(b => b.OpenTimeMs).Should().Equal(1000, 2000);
    }

    [Fact]
    public void ParseKlines_Empty_ReturnsNoBars()
    {
        BinanceParsers.ParseKlines("[]").Value.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""[[1000,"1","2","0.5"]]""")]
    [InlineData("""[{"t":1000}]""")]
    [InlineData("""[[1000,"1","2","0.5","1.5",null,1999]]""")]
    [InlineData("""[["x","1","2","0.5","1.5","10",1999]]""")]
    [InlineData("""{"code":-1121,"msg":"Invalid symbol."}""")]
    [InlineData("[[1000,")]
    public void ParseKlines_Malformed_ReturnsError(string json)
    {
        BinanceParsers.ParseKlines(json).Error!.Code.Should().Be("BadPayload");
    }

    [Fact]
    public void ParseBookTicker_SpotWithoutLast_LastIsMidAndTimeIsNow()
    {
        const string json = """{"symbol":"BTCUSDT","bidPrice":"4.00000000","bidQty":"431.00000000","askPrice":"4.00000200","askQty":"9.00000000"}""";

        BinanceParsers.ParseBookTicker(json, BtcUsdt, 1_700_000_000_000).Value
            .Should().Be(new Ticker(BtcUsdt, 4m, 4.000002m, 4.000001m, 1_700_000_000_000));
    }

    [Fact]
    public void ParseBookTicker_FuturesWithTimeAndLast_UsesBoth()
    {
        const string json = """{"lastUpdateId":1027024,"symbol":"BTCUSDT","bidPrice":"4.00000000","bidQty":"431.00000000","askPrice":"4.00000200","askQty":"9.00000000","time":1589437530011}""";

        BinanceParsers.ParseBookTicker(json, BtcUsdt, 5, lastPrice: 4.1m).Value
            .Should().Be(new Ticker(BtcUsdt, 4m, 4.000002m, 4.1m, 1589437530011));
    }

    [Fact]
    public void ParseBookTicker_OtherSymbol_ReturnsError()
    {
        const string json = """{"symbol":"ETHUSDT","bidPrice":"1","askPrice":"2"}""";

        BinanceParsers.ParseBookTicker(json, BtcUsdt, 0).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void ParseLastPrice_TickerPrice_ReturnsDecimal()
    {
        BinanceParsers.ParseLastPrice("""{"symbol":"LTCBTC","price":"4.00000200"}""").Value.Should().Be(4.000002m);
    }

    [Fact]
    public void ParseServerTime_Time_ReturnsMs()
    {
        BinanceParsers.ParseServerTime("""{"serverTime":1499827319559}""").Value.Should().Be(1499827319559);
    }

    [Fact]
    public void ParseLeverage_Response_ReturnsLeverage()
    {
        BinanceParsers.ParseLeverage("""{"leverage":21,"maxNotionalValue":"1000000","symbol":"BTCUSDT"}""").Value.Should().Be(21);
    }

    [Theory]
    [InlineData("""{"dualSidePosition":true}""", true)]
    [InlineData("""{"dualSidePosition":false}""", false)]
    public void ParseHedgeMode_Response_ReturnsFlag(string json, bool expected)
    {
        BinanceParsers.ParseHedgeMode(json).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"serverTime\":\"soon\"}")]
    [InlineData("{\"serverTime\":1.5}")]
    public void ParseServerTime_Malformed_ReturnsError(string json)
    {
        BinanceParsers.ParseServerTime(json).IsSuccess.Should().BeFalse();
    }
}
