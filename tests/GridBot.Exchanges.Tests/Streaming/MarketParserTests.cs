using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Streaming;
using static GridBot.Exchanges.Tests.Streaming.StreamPayloads;

namespace GridBot.Exchanges.Tests.Streaming;

public class MarketParserTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");

    private static Symbol? Resolve(string name) => name == "BTCUSDT" ? Btc : null;

    [Fact]
    public void CombinedStreamPath_TwoSymbols_NamesBookTickerAndOneMinuteKlinesInLowerCase()
    {
        BinanceMarketParser.CombinedStreamPath([Btc, new Symbol("ETH", "USDT")])
            .Should().Be("/stream?streams=btcusdt@bookTicker/btcusdt@kline_1m/ethusdt@bookTicker/ethusdt@kline_1m");
    }

    [Fact]
    public void BinanceParse_BookTicker_IsATickerWithMidAsLastAndTheCallersTime()
    {
        var update = BinanceMarketParser.Parse(BookTicker, Resolve, 1_750_000_000_123).Value;

        update.Ticker.Should().Be(new Ticker(Btc, 65000.1m, 65000.3m, 65000.2m, 1_750_000_000_123));
        update.ClosedBars.Should().BeEmpty();
    }

    [Fact]
    public void BinanceParse_ClosedKline_IsABar()
    {
        var update = BinanceMarketParser.Parse(KlineClosed, Resolve, 0).Value;

        update.BarSymbol.Should().Be(Btc);
        update.ClosedBars.Should().Equal(new Bar(1750000000000, 65000m, 65020m, 64990m, 65010.5m, 12.5m));
    }

    [Theory]
    [InlineData(KlineOpen)]
    [InlineData("""{"result":null,"id":1}""")]
    [InlineData("""{"stream":"ethusdt@bookTicker","data":{"s":"ETHUSDT","b":"1","a":"2"}}""")]
    public void BinanceParse_OpenBarControlOrUnknownSymbol_IsNothing(string message)
    {
        BinanceMarketParser.Parse(message, Resolve, 0).Value.Should().Be(MarketUpdate.None);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("""{"stream":"btcusdt@bookTicker","data":{"s":"BTCUSDT","b":"abc","a":"2"}}""")]
    public void BinanceParse_Malformed_IsAnErrorValue(string message)
    {
        BinanceMarketParser.Parse(message, Resolve, 0).IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void BybitParse_OrderbookThenTicker_TickerUsesBookAndThenLastTradePrice()
    {
        var parser = new BybitMarketParser(Resolve);

        var fromBook = parser.Parse(BybitOrderbook).Value.Ticker;
        var fromTicker = parser.Parse(BybitTicker).Value.Ticker;

        fromBook.Should().Be(new Ticker(Btc, 16493.5m, 16611m, 16552.25m, 1672304484978));
        fromTicker.Should().Be(new Ticker(Btc, 16493.5m, 16611m, 16597m, 1672304486868));
    }

    [Fact]
    public void BybitParse_TickerBeforeAnyBook_IsNothingYet()
    {
        new BybitMarketParser(Resolve).Parse(BybitTicker).Value.Ticker.Should().BeNull();
    }

    [Fact]
    public void BybitParse_Kline_KeepsOnlyConfirmedBars()
    {
        var update = new BybitMarketParser(Resolve).Parse(BybitKline).Value;

        update.BarSymbol.Should().Be(Btc);
        update.ClosedBars.Should().Equal(new Bar(1672324800000, 16649.5m, 16677m, 16608m, 16677m, 2.081m));
    }

    [Fact]
    public void BybitParse_MalformedKline_IsAnErrorValue()
    {
        new BybitMarketParser(Resolve).Parse("""{"topic":"kline.1.BTCUSDT","data":[{"start":1,"confirm":true}]}""")
            .IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void Topics_Symbol_AreBestBookTickerAndOneMinuteKline()
    {
        BybitMarketParser.Topics(Btc).Should().Equal("orderbook.1.BTCUSDT", "tickers.BTCUSDT", "kline.1.BTCUSDT");
    }
}
