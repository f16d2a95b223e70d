using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceAccountParserTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");
    private static readonly Symbol BnbBtc = new("BNB", "BTC");

    [Fact]
    public void ParseFills_SpotMyTrades_MapsFeeSideMakerAndClientIdFromMap()
    {
        var ids = new Dictionary<string, string> { ["100234"] = "grid-b-1" };

        var fills = BinanceParsers.ParseFills(BinancePayloads.SpotMyTrades, BnbBtc, ids).Value;

        fills.Should().Equal(
            new ExchangeFill(BnbBtc, "28457", "grid-b-1", "100234", OrderSide.Buy, 4.00000100m, 12m, new CashAmount(10.1m, "BNB"), false, 1499865549590),
            new ExchangeFill(BnbBtc, "28458", "", "100235", OrderSide.Sell, 4.1m, 1m, new CashAmount(0.0000041m, "BTC"), true, 1499865549999));
    }

    [Fact]
    public void ParseFills_FuturesUserTrades_UsesSideAndMaker()
    {
        var fill = BinanceParsers.ParseFills(BinancePayloads.FuturesUserTrades, BtcUsdt).Value.Single();

        fill.Should().Be(new ExchangeFill(BtcUsdt, "698759", "", "25851813", OrderSide.Sell, 7819.01m, 0.002m,
            new CashAmount(-0.07819010m, "USDT"), false, 1569514978020));
    }

    [Fact]
    public void ParseFills_ZeroCommissionWithoutAsset_BookedInQuote()
    {
        const string json = """[{"symbol":"BTCUSDT","id":1,"orderId":2,"price":"1","qty":"1","commission":"0","commissionAsset":"","time":3,"isBuyer":true,"isMaker":true}]""";

        BinanceParsers.ParseFills(json, BtcUsdt).Value.Single().Fee.Should().Be(new CashAmount(0m, "USDT"));
    }

    [Theory]
    [InlineData("""[{"symbol":"BTCUSDT","id":1,"orderId":2,"price":"1","qty":"1","commission":"0.1","commissionAsset":null,"time":3,"isBuyer":true,"isMaker":true}]""", "without an asset")]
    [InlineData("""[{"symbol":"ETHUSDT","id":1,"orderId":2,"price":"1","qty":"1","commission":"0.1","commissionAsset":"USDT","time":3,"isBuyer":true,"isMaker":true}]""", "ETHUSDT")]
    [InlineData("""[{"symbol":"BTCUSDT","id":1,"orderId":2,"price":"1","qty":"1","commission":"0.1","commissionAsset":"USDT","time":3,"isMaker":true}]""", "buyer")]
    [InlineData("""{"id":1}""", "not an array")]
    public void ParseFills_Invalid_ReturnsError(string json, string reason)
    {
        BinanceParsers.ParseFills(json, BtcUsdt).Error!.Message.Should().Contain(reason);
    }

    [Fact]
    public void ParseSpotBalances_Account_SkipsEmptyAssets()
    {
        const string json = """
            {"makerCommission":10,"canTrade":true,"accountType":"SPOT","balances":[
             {"asset":"BTC","free":"4723846.89208129","locked":"0.00000000"},
             {"asset":"LTC","free":"4763368.68006011","locked":"0.50000000"},
             {"asset":"ETH","free":"0.00000000","locked":"0.00000000"}],"permissions":["SPOT"],"uid":354937868}
            """;

        BinanceParsers.ParseSpotBalances(json).Value.Should().Equal(
            new Balance("BTC", 4723846.89208129m, 0m),
            new Balance("LTC", 4763368.68006011m, 0.5m));
    }

    [Fact]
    public void ParseFuturesBalances_V2Balance_FreeIsAvailableLockedIsMarginInUse()
    {
        const string json = """
            [{"accountAlias":"SgsR","asset":"USDT","balance":"122607.35137903","crossWalletBalance":"23.72469206",
              "crossUnPnl":"0.00000000","availableBalance":"23.72469206","maxWithdrawAmount":"23.72469206",
              "marginAvailable":true,"updateTime":1617939110373},
             {"accountAlias":"SgsR","asset":"BNB","balance":"1.0","crossWalletBalance":"1.0","crossUnPnl":"0.5",
              "availableBalance":"1.5","maxWithdrawAmount":"1.0","marginAvailable":true,"updateTime":1617939110373},
             {"accountAlias":"SgsR","asset":"BUSD","balance":"0.0","availableBalance":"0.0"}]
            """;

        BinanceParsers.ParseFuturesBalances(json).Value.Should().Equal(
            new Balance("USDT", 23.72469206m, 122583.62668697m),
            new Balance("BNB", 1.5m, 0m));
    }

    [Fact]
    public void ParsePosition_OfficialOneWayFlat_ReturnsNull()
    {
        BinanceParsers.ParsePosition(BinancePayloads.PositionRiskOneWayFlat, BtcUsdt).Value.Should().BeNull();
    }

    [Fact]
    public void ParsePosition_OneWayShort_MapsAllFields()
    {
        var json = BinancePayloads.PositionRiskOneWayFlat
            .Replace("\"positionAmt\": \"0.000\"", "\"positionAmt\": \"-0.250\"", StringComparison.Ordinal)
            .Replace("\"entryPrice\": \"0.00000\"", "\"entryPrice\": \"6700.10\"", StringComparison.Ordinal)
            .Replace("\"liquidationPrice\": \"0\"", "\"liquidationPrice\": \"7300.5\"", StringComparison.Ordinal)
            .Replace("\"unRealizedProfit\": \"0.00000000\"", "\"unRealizedProfit\": \"5.14832205\"", StringComparison.Ordinal);

        BinanceParsers.ParsePosition(json, BtcUsdt).Value.Should().Be(
            new PerpPosition(BtcUsdt, -0.25m, 6700.1m, 6679.50671178m, 7300.5m, 10, 5.14832205m));
    }

    [Fact]
    public void ParsePosition_OneWayLongZeroLiquidation_LiquidationNull()
    {
        var json = BinancePayloads.PositionRiskOneWayFlat
            .Replace("\"positionAmt\": \"0.000\"", "\"positionAmt\": \"0.001\"", StringComparison.Ordinal);

        var position = BinanceParsers.ParsePosition(json, BtcUsdt).Value!;

        position.Quantity.Should().Be(0.001m);
        position.LiquidationPrice.Should().BeNull();
        position.Leverage.Should().Be(10);
    }

    [Fact]
    public void ParsePosition_HedgeMode_ReturnsError()
    {
        BinanceParsers.ParsePosition(BinancePayloads.PositionRiskHedge, BtcUsdt).Error!.Message.Should().Contain("hedge mode");
    }

    [Fact]
    public void ParsePosition_SymbolAbsent_ReturnsNull()
    {
        BinanceParsers.ParsePosition(BinancePayloads.PositionRiskHedge, new Symbol("ETH", "USDT")).Value.Should().BeNull();
    }

    [Theory]
    [InlineData("[ { \"positionAmt\": \"0.000\",, \"symbol\": \"BTCUSDT\" } ]")] // the official page's stray double comma
    [InlineData("{}")]
    [InlineData("[{\"symbol\":\"BTCUSDT\",\"positionSide\":\"BOTH\",\"positionAmt\":\"1\"}]")]
    public void ParsePosition_Malformed_ReturnsError(string json)
    {
        BinanceParsers.ParsePosition(json, BtcUsdt).Error!.Code.Should().Be("BadPayload");
    }
}
