using GridBot.Core.Market;
using GridBot.Exchanges.Bybit;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitQueriesTests
{
    private static readonly Symbol BtcUsdt = new("BTC", "USDT");

    [Fact]
    public void Queries_Each_HasFixedParameterOrder()
    {
        BybitQueries.InstrumentsInfo(BtcUsdt, MarketType.Spot).Should().Be("category=spot&symbol=BTCUSDT");
        BybitQueries.Tickers(BtcUsdt, MarketType.Perp).Should().Be("category=linear&symbol=BTCUSDT");
        BybitQueries.Kline(BtcUsdt, MarketType.Spot, "60", 1670601600000, 200)
            .Should().Be("category=spot&symbol=BTCUSDT&interval=60&start=1670601600000&limit=200");
        BybitQueries.Kline(BtcUsdt, MarketType.Perp, "D", null, 1000).Should().Be("category=linear&symbol=BTCUSDT&interval=D&limit=1000");
        BybitQueries.OpenOrders(BtcUsdt, MarketType.Spot).Should().Be("category=spot&symbol=BTCUSDT&openOnly=0&limit=50");
        BybitQueries.OrderByLinkId(BtcUsdt, MarketType.Perp, "grid-1_b-0001")
            .Should().Be("category=linear&symbol=BTCUSDT&orderLinkId=grid-1_b-0001");
        BybitQueries.Executions(BtcUsdt, MarketType.Perp, 1700000000000, 1700604799999)
            .Should().Be("category=linear&symbol=BTCUSDT&startTime=1700000000000&endTime=1700604799999&limit=100");
        BybitQueries.WalletBalance().Should().Be("accountType=UNIFIED");
        BybitQueries.Positions(BtcUsdt).Should().Be("category=linear&symbol=BTCUSDT");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Kline_LimitOutOfRange_Throws(int limit)
    {
        var act = () => BybitQueries.Kline(BtcUsdt, MarketType.Spot, "1", null, limit);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("a&b=c")]
    [InlineData("")]
    [InlineData("1234567890123456789012345678901234567")]
    public void OrderByLinkId_UnsafeId_Throws(string id)
    {
        var act = () => BybitQueries.OrderByLinkId(BtcUsdt, MarketType.Spot, id);

        act.Should().Throw<ArgumentException>();
    }
}
