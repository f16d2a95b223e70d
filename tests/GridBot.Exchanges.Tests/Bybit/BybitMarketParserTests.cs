using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Bybit;
using static GridBot.Exchanges.Tests.Bybit.BybitPayloads;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitMarketParserTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Fact]
    public void SymbolRules_SpotApiFacts_MapsFilters()
    {
        var rules = BybitParsers.SymbolRules(Element(SpotInstruments), BtcUsdt, MarketType.Spot).Value;

        rules.Symbol.Should().Be(BtcUsdt);
        rules.TickSize.Should().Be(0.1m);
        rules.StepSize.Should().Be(0.000001m);
        rules.MinQuantity.Should().Be(0.000011m);
        rules.MaxQuantity.Should().Be(83m);
        rules.MinNotional.Should().Be(5m);
        rules.MaxNotional.Should().Be(8000000m);
    }

    [Fact]
    public void SymbolRules_SpotWithMaxLimitOrderQty_PrefersItOverDeprecatedMaxOrderQty()
    {
        var json = SpotInstruments.Replace("\"maxLimitOrderQty\":\"83\"", "\"maxLimitOrderQty\":\"71.5\"", StringComparison.Ordinal);

        BybitParsers.SymbolRules(Element(json), BtcUsdt, MarketType.Spot).Value.MaxQuantity.Should().Be(71.5m);
    }

    [Fact]
    public void SymbolRules_LinearApiFacts_MapsFiltersAndNormalisesTrailingZeros()
    {
        var rules = BybitParsers.SymbolRules(Element(LinearInstruments), BtcUsdt, MarketType.Perp).Value;

        rules.TickSize.Should().Be(0.1m);
        rules.TickSize.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.1");
        rules.StepSize.Should().Be(0.001m);
        rules.MinQuantity.Should().Be(0.001m);
        rules.MaxQuantity.Should().Be(1190m);
        rules.MaxQuantity.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("1190");
        rules.MinNotional.Should().Be(5m);
        rules.MaxNotional.Should().Be(decimal.MaxValue);
    }

    [Fact]
    public void SymbolRules_SymbolNotListed_IsInvalidSymbolError()
    {
        var result = BybitParsers.SymbolRules(Element(SpotInstruments), new Symbol("ETH", "USDT"), MarketType.Spot);

        result.Error!.Code.Should().Be("InvalidSymbol");
    }

    [Theory]
    [InlineData("""{"list":[{"symbol":"BTCUSDT","lotSizeFilter":{"qtyStep":"0.001"}}]}""")]
    [InlineData("""{"list":[{"symbol":"BTCUSDT","priceFilter":{"tickSize":"0"},"lotSizeFilter":{"qtyStep":"0.001"}}]}""")]
    [InlineData("""{"list":[{"symbol":"BTCUSDT","priceFilter":{"tickSize":"0.1"},"lotSizeFilter":{"qtyStep":"abc"}}]}""")]
    [InlineData("""{"list":[{"symbol":"BTCUSDT","priceFilter":{"tickSize":0.1},"lotSizeFilter":{"qtyStep":"0.001"}}]}""")]
    [InlineData("""{"list":{}}""")]
    [InlineData("""[]""")]
    public void SymbolRules_MalformedLinear_IsBadPayloadError(string json)
    {
        var result = BybitParsers.SymbolRules(Element(json), BtcUsdt, MarketType.Perp);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("BadPayload");
    }

    [Fact]
    public void Klines_ApiFactsNewestFirst_AreReturnedOldestFirst()
    {
        var result = BybitErrors.ReadResult(200, KlineEnvelope).Value;

        var bars = BybitParsers.Klines(result).Value;

        bars.Select(b => b.OpenTimeMs).Should().Equal(1670601600000, 1670605200000, 1670608800000);
        bars[0].Should().Be(new Bar(1670601600000, 17086.5m, 17088m, 16978m, 17071.5m, 6356m));
        bars[2].Should().Be(new Bar(1670608800000, 17071m, 17073m, 17027m, 17055.5m, 268611m));
    }

    [Fact]
    public void Klines_EmptyList_IsEmpty()
    {
        BybitParsers.Klines(Element("""{"list":[]}""")).Value.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"list":[["1670601600000","17086.5","17088"]]}""")]
    [InlineData("""{"list":[["x","1","1","1","1","1","1"]]}""")]
    [InlineData("""{"list":[[1670601600000,"1","1","1","1","1","1"]]}""")]
    [InlineData("""{"list":[["1670601600000","1","0.5","1","1","1","1"]]}""")]
    [InlineData("""{"list":[["1670601600000","1","1","1","1","1","1"],["1670605200000","1","1","1","1","1","1"]]}""")]
    public void Klines_Malformed_IsError(string json)
    {
        BybitParsers.Klines(Element(json)).IsSuccess.Should().BeFalse();
    }

    [Theory]
    [InlineData("1m", "1")]
    [InlineData("3m", "3")]
    [InlineData("5m", "5")]
    [InlineData("15m", "15")]
    [InlineData("30m", "30")]
    [InlineData("1h", "60")]
    [InlineData("2h", "120")]
    [InlineData("4h", "240")]
    [InlineData("6h", "360")]
    [InlineData("12h", "720")]
    [InlineData("1d", "D")]
    [InlineData("1w", "W")]
    [InlineData("1M", "M")]
    public void KlineInterval_Ours_MapsToBybits(string ours, string bybit)
    {
        BybitParsers.KlineInterval(ours).Value.Should().Be(bybit);
    }

    [Theory]
    [InlineData("1s")]
    [InlineData("8h")]
    [InlineData("1H")]
    [InlineData("")]
    public void KlineInterval_Unsupported_IsError(string interval)
    {
        BybitParsers.KlineInterval(interval).Error!.Kind.Should().Be(ErrorKind.Other);
    }

    [Fact]
    public void Ticker_List_PicksTheSymbolsBidAskLast()
    {
        var json = """
            {"category":"spot","list":[{"symbol":"BTCUSDT","bid1Price":"25000.10","bid1Size":"0.5","ask1Price":"25000.20",
             "ask1Size":"0.3","lastPrice":"25000.15","prevPrice24h":"24000","volume24h":"1000"}]}
            """;

        var ticker = BybitParsers.Ticker(Element(json), BtcUsdt, 1672025956592).Value;

        ticker.Should().Be(new GridBot.Core.Ports.Ticker(BtcUsdt, 25000.1m, 25000.2m, 25000.15m, 1672025956592));
        ticker.Mid.Should().Be(25000.15m);
    }

    [Fact]
    public void Ticker_MissingAsk_IsBadPayload()
    {
        var json = """{"list":[{"symbol":"BTCUSDT","bid1Price":"1","lastPrice":"1"}]}""";

        BybitParsers.Ticker(Element(json), BtcUsdt, 0).Error!.Code.Should().Be("BadPayload");
    }

    [Fact]
    public void Ticker_OtherSymbolOnly_IsInvalidSymbol()
    {
        var json = """{"list":[{"symbol":"ETHUSDT","bid1Price":"1","ask1Price":"1","lastPrice":"1"}]}""";

        BybitParsers.Ticker(Element(json), BtcUsdt, 0).Error!.Code.Should().Be("InvalidSymbol");
    }
}
