using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>Binance order and trade JSON (spot /api/v3 and USDⓈ-M /fapi shapes).</summary>
internal static class BinanceOrderShapes
{
    public static string Status(FakeOrderStatus status) => status switch
    {
        FakeOrderStatus.New => "NEW",
        FakeOrderStatus.PartiallyFilled => "PARTIALLY_FILLED",
        FakeOrderStatus.Filled => "FILLED",
        FakeOrderStatus.Canceled => "CANCELED",
        _ => "EXPIRED",
    };

    public static string Type(FakeOrderType type) => type switch
    {
        FakeOrderType.Limit => "LIMIT",
        FakeOrderType.LimitMaker => "LIMIT_MAKER",
        _ => "MARKET",
    };

    public static string TimeInForce(FakeOrder order, bool spot) => order.TimeInForce switch
    {
        FakeTimeInForce.Ioc => "IOC",
        FakeTimeInForce.Fok => "FOK",
        FakeTimeInForce.PostOnly when !spot => "GTX",
        _ => "GTC",
    };

    public static string Side(OrderSide side) => side == OrderSide.Buy ? "BUY" : "SELL";

    public static object Spot(FakeMarket market, FakeOrder o) => new
    {
        symbol = market.Rules.Symbol.Name, orderId = o.Id, orderListId = -1, clientOrderId = o.ClientOrderId,
        price = Wire.F8(o.Price), origQty = Wire.F8(o.Quantity), executedQty = Wire.F8(o.FilledQuantity),
        cummulativeQuoteQty = Wire.F8(o.CumulativeQuote), status = Status(o.Status), timeInForce = TimeInForce(o, true),
        type = Type(o.Type), side = Side(o.Side), stopPrice = Wire.F8(0m), icebergQty = Wire.F8(0m), time = o.CreatedMs,
        updateTime = o.UpdatedMs, isWorking = true, workingTime = o.CreatedMs, origQuoteOrderQty = Wire.F8(0m),
        selfTradePreventionMode = "EXPIRE_MAKER",
    };

    /// <summary>POST answer (RESULT, or FULL when <paramref name="fills"/> is given).</summary>
    public static object SpotResult(FakeMarket market, FakeOrder o, IReadOnlyList<FakeFill>? fills)
    {
        var result = new Dictionary<string, object>
        {
            ["symbol"] = market.Rules.Symbol.Name, ["orderId"] = o.Id, ["orderListId"] = -1, ["clientOrderId"] = o.ClientOrderId,
            ["transactTime"] = o.CreatedMs, ["price"] = Wire.F8(o.Price), ["origQty"] = Wire.F8(o.Quantity),
            ["executedQty"] = Wire.F8(o.FilledQuantity), ["cummulativeQuoteQty"] = Wire.F8(o.CumulativeQuote),
            ["status"] = Status(o.Status), ["timeInForce"] = TimeInForce(o, true), ["type"] = Type(o.Type), ["side"] = Side(o.Side),
            ["workingTime"] = o.CreatedMs, ["selfTradePreventionMode"] = "EXPIRE_MAKER",
        };
        if (fills is not null)
        {
            result["fills"] = fills.Select(f => new
            {
                price = Wire.F8(f.Price), qty = Wire.F8(f.Quantity), commission = Wire.F8(f.Commission),
                commissionAsset = f.CommissionAsset, tradeId = f.TradeId,
            }).ToArray();
        }

        return result;
    }

    public static object SpotCancel(FakeMarket market, FakeOrder o, string cancelClientId) => new
    {
        symbol = market.Rules.Symbol.Name, origClientOrderId = o.ClientOrderId, orderId = o.Id, orderListId = -1,
        clientOrderId = cancelClientId, transactTime = o.UpdatedMs, price = Wire.F8(o.Price), origQty = Wire.F8(o.Quantity),
        executedQty = Wire.F8(o.FilledQuantity), cummulativeQuoteQty = Wire.F8(o.CumulativeQuote), status = Status(o.Status),
        timeInForce = TimeInForce(o, true), type = Type(o.Type), side = Side(o.Side), selfTradePreventionMode = "EXPIRE_MAKER",
    };

    public static object Futures(FakeMarket market, FakeOrder o) => new
    {
        orderId = o.Id, symbol = market.Rules.Symbol.Name, status = Status(o.Status), clientOrderId = o.ClientOrderId,
        price = BinanceShapes.Price(market, o.Price), avgPrice = BinanceShapes.Price(market, o.AveragePrice),
        origQty = BinanceShapes.Quantity(market, o.Quantity), executedQty = BinanceShapes.Quantity(market, o.FilledQuantity),
        cumQty = BinanceShapes.Quantity(market, o.FilledQuantity), cumQuote = Wire.F8(o.CumulativeQuote),
        timeInForce = TimeInForce(o, false), type = Type(o.Type), reduceOnly = o.ReduceOnly, closePosition = false,
        side = Side(o.Side), positionSide = o.PositionSide, stopPrice = "0", workingType = "CONTRACT_PRICE", priceProtect = false,
        origType = Type(o.Type), priceMatch = "NONE", selfTradePreventionMode = "NONE", goodTillDate = 0, time = o.CreatedMs,
        updateTime = o.UpdatedMs,
    };

    public static object Trade(FakeMarket market, FakeFill f) => market.Type == MarketType.Spot
        ? new Dictionary<string, object>
        {
            ["symbol"] = market.Rules.Symbol.Name, ["id"] = f.TradeId, ["orderId"] = f.OrderId, ["orderListId"] = -1,
            ["price"] = Wire.F8(f.Price), ["qty"] = Wire.F8(f.Quantity), ["quoteQty"] = Wire.F8(f.QuoteQuantity),
            ["commission"] = Wire.F8(f.Commission), ["commissionAsset"] = f.CommissionAsset, ["time"] = f.TimeMs,
            ["isBuyer"] = f.Side == OrderSide.Buy, ["isMaker"] = f.IsMaker, ["isBestMatch"] = true,
        }
        : new Dictionary<string, object>
        {
            ["buyer"] = f.Side == OrderSide.Buy, ["commission"] = Wire.F8(f.Commission), ["commissionAsset"] = f.CommissionAsset,
            ["id"] = f.TradeId, ["maker"] = f.IsMaker, ["orderId"] = f.OrderId, ["price"] = BinanceShapes.Price(market, f.Price),
            ["qty"] = BinanceShapes.Quantity(market, f.Quantity), ["quoteQty"] = Wire.F8(f.QuoteQuantity),
            ["realizedPnl"] = Wire.F8(f.RealizedPnl), ["side"] = Side(f.Side), ["positionSide"] = "BOTH",
            ["symbol"] = market.Rules.Symbol.Name, ["time"] = f.TimeMs,
        };
}
