using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceExchangeInfoParserTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Fact]
    public void ParseSymbolInfo_RealBtcUsdt_ReadsEveryModelledFilter()
    {
        var info = BinanceParsers.ParseSymbolInfo(BinancePayloads.SpotExchangeInfo, BtcUsdt).Value;

        var rules = info.Rules;
        rules.Symbol.Should().Be(BtcUsdt);
        rules.TickSize.Should().Be(0.01m);
        rules.StepSize.Should().Be(0.00001m);
        rules.MinQuantity.Should().Be(0.00001m);
        rules.MaxQuantity.Should().Be(9000m);
        rules.MinNotional.Should().Be(5m);
        rules.MaxNotional.Should().Be(9000000m);
        rules.MaxOpenOrders.Should().Be(200);
        rules.PercentPrice.Should().Be(new PercentPriceBand(5m, 0.2m, 5m, 0.2m));
        info.MinPrice.Should().Be(0.01m);
        info.MaxPrice.Should().Be(1000000m);
        info.Status.Should().Be("TRADING");
        info.IsTrading.Should().BeTrue();
        info.MarketLotSize.Should().Be(new BinanceLotSize(0m, 97.92836420m, 0m));
    }

    [Fact]
    public void ParseSymbolRules_TickAndStep_NormalisedWithoutTrailingZeros()
    {
        var rules = BinanceParsers.ParseSymbolRules(BinancePayloads.SpotExchangeInfo, BtcUsdt).Value;

        rules.TickSize.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.01");
        rules.StepSize.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.00001");
        (12345.67m % rules.TickSize).Should().Be(0m);
    }

    [Fact]
    public void ParseSymbolInfo_SymbolNotListed_ReturnsError()
    {
        var result = BinanceParsers.ParseSymbolInfo(BinancePayloads.SpotExchangeInfo, new Symbol("ETH", "USDT"));

        result.IsSuccess.Should().BeFalse();
        result.Error!.Code.Should().Be("SymbolNotFound");
        result.Error.Message.Should().Contain("ETHUSDT");
    }

    [Fact]
    public void ParseRateLimits_LiveCapture_ReadsAllFourInOrder()
    {
        var limits = BinanceParsers.ParseRateLimits(BinancePayloads.SpotExchangeInfo).Value;

        limits.Should().Equal(
            new BinanceRateLimit("REQUEST_WEIGHT", "MINUTE", 1, 6000),
            new BinanceRateLimit("ORDERS", "SECOND", 10, 100),
            new BinanceRateLimit("ORDERS", "DAY", 1, 200000),
            new BinanceRateLimit("RAW_REQUESTS", "MINUTE", 5, 61000));
        limits[0].Window.Should().Be(TimeSpan.FromMinutes(1));
        limits[1].Window.Should().Be(TimeSpan.FromSeconds(10));
        limits[2].Window.Should().Be(TimeSpan.FromDays(1));
        limits[3].Window.Should().Be(TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("MINUTE", 1, "1M")]
    [InlineData("SECOND", 10, "10S")]
    [InlineData("DAY", 1, "1D")]
    [InlineData("HOUR", 1, "1H")]
    [InlineData("WEEK", 1, null)]
    public void HeaderSuffix_Interval_MatchesBinanceHeaderNames(string interval, int num, string? expected)
    {
        new BinanceRateLimit("REQUEST_WEIGHT", interval, num, 1).HeaderSuffix.Should().Be(expected);
    }

    [Fact]
    public void ParseSymbolRules_FuturesShapes_MinNotionalNotionalFieldPercentPriceAndLimit()
    {
        const string json = """
            {"rateLimits":[],"symbols":[{"symbol":"BTCUSDT","status":"TRADING","filters":[
             {"filterType":"PRICE_FILTER","minPrice":"556.80","maxPrice":"4529764","tickSize":"0.10"},
             {"filterType":"LOT_SIZE","minQty":"0.001","maxQty":"1000","stepSize":"0.001"},
             {"filterType":"MARKET_LOT_SIZE","minQty":"0.001","maxQty":"120","stepSize":"0.001"},
             {"filterType":"MAX_NUM_ORDERS","limit":200},
             {"filterType":"MIN_NOTIONAL","notional":"100"},
             {"filterType":"PERCENT_PRICE","multiplierUp":"1.0500","multiplierDown":"0.9500","multiplierDecimal":"4"}]}]}
            """;

        var info = BinanceParsers.ParseSymbolInfo(json, BtcUsdt).Value;

        info.Rules.TickSize.Should().Be(0.1m);
        info.Rules.StepSize.Should().Be(0.001m);
        info.Rules.MaxQuantity.Should().Be(1000m);
        info.Rules.MinNotional.Should().Be(100m);
        info.Rules.MaxNotional.Should().Be(decimal.MaxValue);
        info.Rules.MaxOpenOrders.Should().Be(200);
        info.Rules.PercentPrice.Should().Be(new PercentPriceBand(1.05m, 0.95m, 1.05m, 0.95m));
        info.MarketLotSize.Should().Be(new BinanceLotSize(0.001m, 120m, 0.001m));
    }

    [Fact]
    public void ParseSymbolRules_SpotMinNotionalAndNoBand_UsesMinNotional()
    {
        const string json = """
            {"symbols":[{"symbol":"BTCUSDT","filters":[
             {"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0.00000100"},
             {"filterType":"LOT_SIZE","minQty":"0.00100000","maxQty":"0","stepSize":"0.00100000"},
             {"filterType":"MIN_NOTIONAL","minNotional":"0.00100000","applyToMarket":true,"avgPriceMins":5},
             {"filterType":"SOMETHING_NEW","x":1}]}]}
            """;

        var info = BinanceParsers.ParseSymbolInfo(json, BtcUsdt).Value;

        info.Rules.TickSize.Should().Be(0.000001m);
        info.Rules.MinNotional.Should().Be(0.001m);
        info.Rules.MaxQuantity.Should().Be(decimal.MaxValue);
        info.Rules.PercentPrice.Should().BeNull();
        info.Rules.MaxOpenOrders.Should().BeNull();
        info.MinPrice.Should().BeNull();
        info.MaxPrice.Should().BeNull();
        info.MarketLotSize.Should().BeNull();
        info.Status.Should().Be("UNKNOWN");
    }

    [Theory]
    [InlineData("""{"filterType":"PRICE_FILTER","tickSize":"0.00000000"}""", """{"filterType":"LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"1"}""", "tickSize")]
    [InlineData("""{"filterType":"PRICE_FILTER","tickSize":"0.01"}""", """{"filterType":"LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"0"}""", "stepSize")]
    [InlineData("""{"filterType":"PRICE_FILTER","tickSize":"0.01"}""", """{"filterType":"LOT_SIZE","minQty":"20","maxQty":"10","stepSize":"1"}""", "minQty")]
    [InlineData("""{"filterType":"PRICE_FILTER","tickSize":"0.01"}""", """{"filterType":"LOT_SIZE","minQty":"1","stepSize":"1"}""", "maxQty")]
    [InlineData("""{"filterType":"PRICE_FILTER","tickSize":"abc"}""", """{"filterType":"LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"1"}""", "tickSize")]
    [InlineData("""{"filterType":"PRICE_FILTER","tickSize":"1e-2"}""", """{"filterType":"LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"1"}""", "tickSize")]
    [InlineData("""{"filterType":"ICEBERG_PARTS","limit":10}""", """{"filterType":"LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"1"}""", "PRICE_FILTER")]
    public void ParseSymbolRules_InvalidFilters_ReturnsErrorNotException(string priceFilter, string lotFilter, string mentioned)
    {
        var json = $$"""{"symbols":[{"symbol":"BTCUSDT","filters":[{{priceFilter}},{{lotFilter}}]}]}""";

        var result = BinanceParsers.ParseSymbolRules(json, BtcUsdt);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(ErrorKind.Other);
        result.Error.Message.Should().Contain(mentioned);
    }

    [Fact]
    public void ParseSymbolRules_InvertedBand_ReturnsError()
    {
        const string json = """
            {"symbols":[{"symbol":"BTCUSDT","filters":[
             {"filterType":"PRICE_FILTER","tickSize":"0.01"},{"filterType":"LOT_SIZE","minQty":"0","maxQty":"1","stepSize":"0.1"},
             {"filterType":"PERCENT_PRICE_BY_SIDE","bidMultiplierUp":"0.2","bidMultiplierDown":"5","askMultiplierUp":"5","askMultiplierDown":"0.2"}]}]}
            """;

        BinanceParsers.ParseSymbolRules(json, BtcUsdt).Error!.Message.Should().Contain("multipliers");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"symbols\":{}}")]
    [InlineData("{\"symbols\":[{\"symbol\":\"BTCUSDT\"}]}")]
    [InlineData("{\"rateLimits\":[{\"rateLimitType\":\"ORDERS\"}]}")]
    public void Parse_Malformed_ReturnsBadPayloadError(string json)
    {
        BinanceParsers.ParseSymbolInfo(json, BtcUsdt).Error!.Code.Should().BeOneOf("BadPayload");
        BinanceParsers.ParseRateLimits(json).Error!.Code.Should().Be("BadPayload");
    }
}
