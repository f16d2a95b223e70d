using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Core.Sizing;
using GridBot.Exchanges.Paper;

namespace GridBot.Exchanges.Tests.Paper;

/// <summary>
/// BTC/USDT on a 0.01 tick and 0.001 step, min quantity 0.001, max 100, min notional 5, max notional 50,000;
/// 0.1% maker and 0.2% taker (different, so a test can tell which was charged); 10,000 USDT to start.
/// </summary>
internal static class PaperTestData
{
    public static readonly Symbol Btc = new("BTC", "USDT");

    public static readonly SymbolRules Rules = new(Btc, 0.01m, 0.001m, minQuantity: 0.001m, maxQuantity: 100m, minNotional: 5m, maxNotional: 50_000m);

    public static readonly FeeSchedule Fees = new(0.001m, 0.002m);

    public static PaperExchangeOptions Options(decimal startingBase = 0m) =>
        new() { Rules = Rules, Fees = Fees, StartingQuote = 10_000m, StartingBase = startingBase };

    /// <summary>A spot exchange already trading at <paramref name="price"/> (at time 0).</summary>
    public static PaperExchange Spot(decimal price = 100m, decimal startingBase = 0m, PaperClock? clock = null) =>
        At(new PaperExchange(Options(startingBase), clock ?? new PaperClock()), price);

    public static PaperExchange At(PaperExchange exchange, decimal price)
    {
        exchange.MoveTo(price, 0);
        return exchange;
    }

    public static OrderRequest Limit(string id, OrderSide side, decimal quantity, decimal price, OrderType type = OrderType.Limit) =>
        new(Btc, id, side, type, quantity, price);

    public static OrderRequest Market(string id, OrderSide side, decimal quantity, bool reduceOnly = false) =>
        new(Btc, id, side, OrderType.Market, quantity, null, reduceOnly);

    public static Result<ExchangeOrder> Place(this PaperExchange exchange, OrderRequest request) =>
        exchange.PlaceOrderAsync(request, CancellationToken.None).GetAwaiter().GetResult();

    public static ExchangeOrder PlaceOk(this PaperExchange exchange, OrderRequest request)
    {
        var result = exchange.Place(request);
        result.IsSuccess.Should().BeTrue(result.ToString());
        return result.Value;
    }

    public static Result<ExchangeOrder> Order(this PaperExchange exchange, string id) =>
        exchange.GetOrderAsync(Btc, id, CancellationToken.None).GetAwaiter().GetResult();

    public static Result<ExchangeOrder> Cancel(this PaperExchange exchange, string id) =>
        exchange.CancelOrderAsync(Btc, id, CancellationToken.None).GetAwaiter().GetResult();

    public static IReadOnlyList<ExchangeOrder> OpenOrders(this PaperExchange exchange) =>
        exchange.GetOpenOrdersAsync(Btc, CancellationToken.None).GetAwaiter().GetResult().Value;

    public static IReadOnlyList<ExchangeFill> FillsSince(this PaperExchange exchange, long sinceMs) =>
        exchange.GetFillsSinceAsync(Btc, sinceMs, CancellationToken.None).GetAwaiter().GetResult().Value;

    public static IReadOnlyList<Balance> Balances(this PaperExchange exchange) =>
        exchange.GetBalancesAsync(CancellationToken.None).GetAwaiter().GetResult().Value;

    public static Result<Ticker> Ticker(this PaperExchange exchange) =>
        exchange.GetTickerAsync(Btc, CancellationToken.None).GetAwaiter().GetResult();

    public static Balance BalanceOf(this PaperExchange exchange, string asset) =>
        exchange.Balances().Single(b => b.Asset == asset);

    public static PerpPosition? Position(this PaperExchange exchange) =>
        exchange.GetPositionAsync(Btc, CancellationToken.None).GetAwaiter().GetResult().Value;

    public static void ShouldBe(this Result<ExchangeOrder> result, ErrorKind kind, string code, string message)
    {
        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(kind);
        result.Error.Code.Should().Be(code);
        result.Error.Message.Should().Contain(message);
    }
}
