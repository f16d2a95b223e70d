using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Bybit;
using static GridBot.Exchanges.Tests.Bybit.BybitPayloads;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitAccountParserTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Fact]
    public void Balances_UnifiedWallet_FreeIsWalletMinusLocked()
    {
        var balances = BybitParsers.Balances(Element(WalletBalance)).Value;

        balances.Should().Equal(new Balance("BTC", 0.4m, 0.1m), new Balance("USDT", 1500.25m, 0m));
        balances[0].Total.Should().Be(0.5m);
    }

    [Fact]
    public void Balances_LockedAboveWallet_FreeIsFlooredAtZero()
    {
        var json = """{"list":[{"coin":[{"coin":"USDT","walletBalance":"10","locked":"12"}]}]}""";

        BybitParsers.Balances(Element(json)).Value.Single().Should().Be(new Balance("USDT", 0m, 12m));
    }

    [Theory]
    [InlineData("""{"list":[]}""", 0)]
    [InlineData("""{"list":[{"coin":[]}]}""", 0)]
    public void Balances_Empty_IsEmpty(string json, int count)
    {
        BybitParsers.Balances(Element(json)).Value.Should().HaveCount(count);
    }

    [Theory]
    [InlineData("""{"list":[{"coin":[{"walletBalance":"1"}]}]}""")]
    [InlineData("""{"list":[{"coin":[{"coin":"BTC","walletBalance":"one"}]}]}""")]
    [InlineData("""{"result":{}}""")]
    public void Balances_Malformed_IsBadPayload(string json)
    {
        BybitParsers.Balances(Element(json)).Error!.Code.Should().Be("BadPayload");
    }

    [Fact]
    public void Position_Short_IsNegativeQuantityWithNullLiquidationPrice()
    {
        var position = BybitParsers.Position(Element(Positions), BtcUsdt).Value;

        position.Should().Be(new PerpPosition(BtcUsdt, -0.015m, 27464.5m, 28224.5m, null, 10, -11.4m));
    }

    [Fact]
    public void Position_Long_IsPositiveWithLiquidationPriceAndTruncatedLeverage()
    {
        var json = Positions
            .Replace("\"side\":\"Sell\"", "\"side\":\"Buy\"", StringComparison.Ordinal)
            .Replace("\"liqPrice\":\"\"", "\"liqPrice\":\"20000.5\"", StringComparison.Ordinal)
            .Replace("\"leverage\":\"10\"", "\"leverage\":\"12.5\"", StringComparison.Ordinal);

        var position = BybitParsers.Position(Element(json), BtcUsdt).Value!;

        position.Quantity.Should().Be(0.015m);
        position.LiquidationPrice.Should().Be(20000.5m);
        position.Leverage.Should().Be(12);
    }

    [Theory]
    [InlineData("""{"list":[]}""")]
    [InlineData("""{"list":[{"symbol":"BTCUSDT","side":"","size":"0","avgPrice":"0","markPrice":"28000","liqPrice":"","leverage":"10","unrealisedPnl":"0"}]}""")]
    [InlineData("""{"list":[{"symbol":"ETHUSDT","side":"Buy","size":"1","avgPrice":"1","markPrice":"1","liqPrice":"","leverage":"10","unrealisedPnl":"0"}]}""")]
    public void Position_Flat_IsNull(string json)
    {
        var result = BybitParsers.Position(Element(json), BtcUsdt);

        result.IsSuccess.Should().BeTrue();
        result.Value.Should().BeNull();
    }

    [Fact]
    public void Position_HedgeModeTwoSides_IsError()
    {
        var json = """
            {"list":[
             {"positionIdx":1,"symbol":"BTCUSDT","side":"Buy","size":"1","avgPrice":"1","markPrice":"1","liqPrice":"","leverage":"10","unrealisedPnl":"0"},
             {"positionIdx":2,"symbol":"BTCUSDT","side":"Sell","size":"1","avgPrice":"1","markPrice":"1","liqPrice":"","leverage":"10","unrealisedPnl":"0"}]}
            """;

        BybitParsers.Position(Element(json), BtcUsdt).Error!.Code.Should().Be("HedgeMode");
    }
}
