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

    [Fact]
    public void PagedQueries_CursorAndPageSize_AppendedAsGiven()
    {
        BybitQueries.OpenOrders(BtcUsdt, MarketType.Perp, "page_token%3D39380%26", 2)
            .Should().Be("category=linear&symbol=BTCUSDT&openOnly=0&limit=2&cursor=page_token%3D39380%26");
        BybitQueries.OrderHistory(BtcUsdt, MarketType.Spot, 1700000000000, 1700604799999)
            .Should().Be("category=spot&symbol=BTCUSDT&startTime=1700000000000&endTime=1700604799999&limit=50");
        BybitQueries.OrderHistory(BtcUsdt, MarketType.Spot, 1700000000000, 1700000001000, "4", 20)
            .Should().Be("category=spot&symbol=BTCUSDT&startTime=1700000000000&endTime=1700000001000&limit=20&cursor=4");
        BybitQueries.Executions(BtcUsdt, MarketType.Spot, 1700000000000, 1700000001000, "6", 2)
            .Should().Be("category=spot&symbol=BTCUSDT&startTime=1700000000000&endTime=1700000001000&limit=2&cursor=6");
    }

    [Fact]
    public void OrderHistory_MoreThanSevenDaysOrPageTooLarge_Throws()
    {
        var tooWide = () => BybitQueries.OrderHistory(BtcUsdt, MarketType.Perp, 0, 604_800_001);
        var tooLarge = () => BybitQueries.OpenOrders(BtcUsdt, MarketType.Perp, null, 51);

        tooWide.Should().Throw<ArgumentException>();
        tooLarge.Should().Throw<ArgumentOutOfRangeException>();
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
