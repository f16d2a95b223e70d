using System.Text.Json;
using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Binance user-stream events. Spot <c>executionReport</c> as in api-facts 1.9 (numbers as 8-decimal strings, ids and
/// times as numbers, "C" = the original client id on a cancel). USDⓈ-M <c>ORDER_TRADE_UPDATE</c> with the "o" object of
/// the official Event: Order Update example (decimals as strings at the symbol's precision, "i" and "t" numbers).
/// </summary>
internal static class BinanceStreamShapes
{
    public static string Execution(FakeExecutionType execution) => execution switch
    {
        FakeExecutionType.New => "NEW",
        FakeExecutionType.Trade => "TRADE",
        FakeExecutionType.Canceled => "CANCELED",
        _ => "EXPIRED",
    };

    public static string ExecutionReport(FakeOrderEvent e)
    {
        var (o, f, market) = (e.Order, e.Fill, e.Market);
        var time = f?.TimeMs ?? o.UpdatedMs;
        var report = new Dictionary<string, object?>
        {
            ["e"] = "executionReport", ["E"] = time, ["s"] = market.Rules.Symbol.Name,
            ["c"] = e.CancelRequestId ?? o.ClientOrderId, ["S"] = BinanceOrderShapes.Side(o.Side), ["o"] = BinanceOrderShapes.Type(o.Type),
            ["f"] = BinanceOrderShapes.TimeInForce(o, spot: true), ["q"] = Wire.F8(o.Quantity), ["p"] = Wire.F8(o.Price),
            ["P"] = Wire.F8(0m), ["F"] = Wire.F8(0m), ["g"] = -1, ["C"] = e.CancelRequestId is null ? string.Empty : o.ClientOrderId,
            ["x"] = Execution(e.Execution), ["X"] = BinanceOrderShapes.Status(o.Status), ["r"] = "NONE", ["i"] = o.Id,
            ["l"] = Wire.F8(f?.Quantity ?? 0m), ["z"] = Wire.F8(o.FilledQuantity), ["L"] = Wire.F8(f?.Price ?? 0m),
            ["n"] = f is null ? "0" : Wire.F8(f.Commission), ["N"] = f?.CommissionAsset, ["T"] = time, ["t"] = f?.TradeId ?? -1,
            ["I"] = e.Sequence, ["w"] = o.IsOpen && o.Type != FakeOrderType.Market, ["m"] = f?.IsMaker ?? false, ["M"] = false,
            ["O"] = o.CreatedMs, ["Z"] = Wire.F8(o.CumulativeQuote), ["Y"] = Wire.F8(f?.QuoteQuantity ?? 0m), ["Q"] = Wire.F8(0m),
            ["W"] = o.CreatedMs, ["V"] = "EXPIRE_MAKER",
        };
        return JsonSerializer.Serialize(report);
    }

    /// <summary>"b"/"a" are the bid and ask notional of the open orders when the event is written.</summary>
    public static string OrderTradeUpdate(FakeOrderEvent e)
    {
        var (o, f, market) = (e.Order, e.Fill, e.Market);
        var time = f?.TimeMs ?? o.UpdatedMs;
        var open = market.OpenOrders;
        var order = new Dictionary<string, object?>
        {
            ["s"] = market.Rules.Symbol.Name, ["c"] = o.ClientOrderId, ["S"] = BinanceOrderShapes.Side(o.Side),
            ["o"] = BinanceOrderShapes.Type(o.Type), ["f"] = BinanceOrderShapes.TimeInForce(o, spot: false),
            ["q"] = BinanceShapes.Quantity(market, o.Quantity), ["p"] = Price(market, o.Price),
            ["ap"] = o.FilledQuantity == 0m ? "0" : Wire.Fixed(o.AveragePrice, 5), ["sp"] = "0", ["x"] = Execution(e.Execution),
            ["X"] = BinanceOrderShapes.Status(o.Status), ["i"] = o.Id, ["l"] = Quantity(market, f?.Quantity ?? 0m),
            ["z"] = Quantity(market, o.FilledQuantity), ["L"] = Price(market, f?.Price ?? 0m),
            ["n"] = f is null ? "0" : Wire.F8(f.Commission), ["N"] = f?.CommissionAsset ?? market.QuoteAsset, ["T"] = time,
            ["t"] = f?.TradeId ?? 0, ["b"] = Notional(open, OrderSide.Buy), ["a"] = Notional(open, OrderSide.Sell),
            ["m"] = f?.IsMaker ?? false, ["R"] = o.ReduceOnly, ["wt"] = "CONTRACT_PRICE", ["ot"] = BinanceOrderShapes.Type(o.Type),
            ["ps"] = o.PositionSide, ["cp"] = false, ["rp"] = f is null || f.RealizedPnl == 0m ? "0" : Wire.F8(f.RealizedPnl),
            ["pP"] = false, ["si"] = 0, ["ss"] = 0, ["V"] = "NONE", ["pm"] = "NONE", ["gtd"] = 0,
        };
        return JsonSerializer.Serialize(new Dictionary<string, object?> { ["e"] = "ORDER_TRADE_UPDATE", ["E"] = time, ["T"] = time, ["o"] = order });
    }

    /// <summary>"E" is a string here: so the live venue sends it (api-facts sources; go-binance issue 510).</summary>
    public static string ListenKeyExpired(string listenKey, long nowMs) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["e"] = "listenKeyExpired", ["E"] = Wire.Ms(nowMs), ["listenKey"] = listenKey });

    private static string Price(FakeMarket market, decimal price) => price == 0m ? "0" : BinanceShapes.Price(market, price);

    private static string Quantity(FakeMarket market, decimal quantity) => quantity == 0m ? "0" : BinanceShapes.Quantity(market, quantity);

    private static string Notional(IReadOnlyList<FakeOrder> open, OrderSide side) =>
        Wire.Plain(open.Where(o => o.Side == side).Sum(o => o.Price * o.Remaining));
}
