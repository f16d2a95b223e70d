using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Http;

namespace GridBot.Exchanges.Tests.Binance;

public sealed class BinanceEndpointsTests
{
    public static TheoryData<Endpoint, string, string, int, bool, bool> Rows => new()
    {
        { BinanceEndpoints.SpotPing, "GET", "/api/v3/ping", 1, false, false },
        { BinanceEndpoints.SpotTime, "GET", "/api/v3/time", 1, false, false },
        { BinanceEndpoints.SpotExchangeInfo, "GET", "/api/v3/exchangeInfo", 20, false, false },
        { BinanceEndpoints.SpotBookTicker, "GET", "/api/v3/ticker/bookTicker", 2, false, false },
        { BinanceEndpoints.SpotPriceTicker, "GET", "/api/v3/ticker/price", 2, false, false },
        { BinanceEndpoints.SpotKlines, "GET", "/api/v3/klines", 2, false, false },
        { BinanceEndpoints.SpotNewOrder, "POST", "/api/v3/order", 1, true, true },
        { BinanceEndpoints.SpotQueryOrder, "GET", "/api/v3/order", 4, true, false },
        { BinanceEndpoints.SpotCancelOrder, "DELETE", "/api/v3/order", 1, true, false },
        { BinanceEndpoints.SpotOpenOrders, "GET", "/api/v3/openOrders", 6, true, false },
        { BinanceEndpoints.SpotMyTrades, "GET", "/api/v3/myTrades", 20, true, false },
        { BinanceEndpoints.SpotAccount, "GET", "/api/v3/account", 20, true, false },
        { BinanceEndpoints.SpotAllOrders, "GET", "/api/v3/allOrders", 20, true, false },
        { BinanceEndpoints.FuturesTime, "GET", "/fapi/v1/time", 1, false, false },
        { BinanceEndpoints.FuturesExchangeInfo, "GET", "/fapi/v1/exchangeInfo", 1, false, false },
        { BinanceEndpoints.FuturesBookTicker, "GET", "/fapi/v1/ticker/bookTicker", 2, false, false },
        { BinanceEndpoints.FuturesKlines, "GET", "/fapi/v1/klines", 5, false, false },
        { BinanceEndpoints.FuturesNewOrder, "POST", "/fapi/v1/order", 1, true, true },
        { BinanceEndpoints.FuturesQueryOrder, "GET", "/fapi/v1/order", 1, true, false },
        { BinanceEndpoints.FuturesCancelOrder, "DELETE", "/fapi/v1/order", 1, true, false },
        { BinanceEndpoints.FuturesOpenOrders, "GET", "/fapi/v1/openOrders", 1, true, false },
        { BinanceEndpoints.FuturesUserTrades, "GET", "/fapi/v1/userTrades", 5, true, false },
        { BinanceEndpoints.FuturesAllOrders, "GET", "/fapi/v1/allOrders", 5, true, false },
        { BinanceEndpoints.FuturesBalance, "GET", "/fapi/v2/balance", 5, true, false },
        { BinanceEndpoints.FuturesPositionRisk, "GET", "/fapi/v2/positionRisk", 5, true, false },
        { BinanceEndpoints.FuturesLeverage, "POST", "/fapi/v1/leverage", 1, true, false },
        { BinanceEndpoints.FuturesPositionMode, "GET", "/fapi/v1/positionSide/dual", 30, true, false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Endpoint_AsDocumented(Endpoint endpoint, string method, string path, int weight, bool signed, bool isOrder)
    {
        endpoint.Method.Method.Should().Be(method);
        endpoint.Path.Should().Be(path);
        endpoint.Weight.Should().Be(weight);
        endpoint.Signed.Should().Be(signed);
        endpoint.IsOrder.Should().Be(isOrder);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(99, 1)]
    [InlineData(100, 2)]
    [InlineData(499, 2)]
    [InlineData(500, 5)]
    [InlineData(1000, 5)]
    [InlineData(1500, 10)]
    public void FuturesKlinesWeight_Limit_DocumentedBracket(int limit, int weight)
    {
        BinanceEndpoints.FuturesKlinesWeight(limit).Should().Be(weight);
    }
}
