using GridBot.Core.Market;
using GridBot.Exchanges.Bybit;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Tests.Bybit;

public class BybitEndpointsTests
{
    public static TheoryData<Endpoint, string, string, bool, bool> Rows => new()
    {
        { BybitEndpoints.ServerTime, "GET", "/v5/market/time", false, false },
        { BybitEndpoints.InstrumentsInfo, "GET", "/v5/market/instruments-info", false, false },
        { BybitEndpoints.Tickers, "GET", "/v5/market/tickers", false, false },
        { BybitEndpoints.Kline, "GET", "/v5/market/kline", false, false },
        { BybitEndpoints.CreateOrder, "POST", "/v5/order/create", true, true },
        { BybitEndpoints.CancelOrder, "POST", "/v5/order/cancel", true, true },
        { BybitEndpoints.RealtimeOrders, "GET", "/v5/order/realtime", true, false },
        { BybitEndpoints.OrderHistory, "GET", "/v5/order/history", true, false },
        { BybitEndpoints.Executions, "GET", "/v5/execution/list", true, false },
        { BybitEndpoints.WalletBalance, "GET", "/v5/account/wallet-balance", true, false },
        { BybitEndpoints.Positions, "GET", "/v5/position/list", true, false },
        { BybitEndpoints.SetLeverage, "POST", "/v5/position/set-leverage", true, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Endpoint_Row_HasMethodPathSigningAndOrderFlag(Endpoint endpoint, string method, string path, bool signed, bool isOrder)
    {
        endpoint.Method.Method.Should().Be(method);
        endpoint.Path.Should().Be(path);
        endpoint.Signed.Should().Be(signed);
        endpoint.IsOrder.Should().Be(isOrder);
        endpoint.Weight.Should().Be(1);
    }

    [Fact]
    public void All_Endpoints_AreTheTwelveRowsWithDistinctPaths()
    {
        BybitEndpoints.All.Should().HaveCount(12);
        BybitEndpoints.All.Select(e => e.Path).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("/v5/order/create", MarketType.Spot, 20)]
    [InlineData("/v5/order/create", MarketType.Perp, 10)]
    [InlineData("/v5/order/cancel", MarketType.Spot, 20)]
    [InlineData("/v5/order/cancel", MarketType.Perp, 10)]
    [InlineData("/v5/order/realtime", MarketType.Spot, 50)]
    [InlineData("/v5/order/history", MarketType.Perp, 50)]
    [InlineData("/v5/execution/list", MarketType.Perp, 50)]
    [InlineData("/v5/account/wallet-balance", MarketType.Spot, 50)]
    [InlineData("/v5/position/list", MarketType.Perp, 50)]
    [InlineData("/v5/position/set-leverage", MarketType.Perp, 10)]
    [InlineData("/v5/market/kline", MarketType.Spot, null)]
    [InlineData("/v5/market/time", MarketType.Perp, null)]
    public void PerSecondLimit_Endpoint_IsTheDocumentedDefault(string path, MarketType market, int? expected)
    {
        var endpoint = BybitEndpoints.All.Single(e => e.Path == path);

        BybitEndpoints.PerSecondLimit(endpoint, market).Should().Be(expected);
    }

    [Fact]
    public void IpLimit_IsSixHundredPerFiveSeconds()
    {
        BybitEndpoints.IpLimitRequests.Should().Be(600);
        BybitEndpoints.IpLimitWindow.Should().Be(TimeSpan.FromSeconds(5));
    }
}
