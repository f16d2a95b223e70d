using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// Order endpoints. Duplicate client ids are refused only among OPEN orders (spot -2010 "Duplicate order sent.",
/// futures -4116); unknown orders are -2013 "Order does not exist." on GET and -2011 "Unknown order sent." on DELETE.
/// </summary>
public sealed partial class FakeBinance
{
    private void MapOrderRoutes()
    {
        foreach (var (prefix, spot) in new[] { ("/api/v3", true), ("/fapi/v1", false) })
        {
            Map("POST", prefix + "/order", 1, true, NewOrder, isOrder: true);
            Map("GET", prefix + "/order", spot ? 4 : 1, true, QueryOrder, isOrder: true);
            Map("DELETE", prefix + "/order", 1, true, CancelOrder, isOrder: true);
            Map("GET", prefix + "/openOrders", spot ? 6 : 1, true, OpenOrders);
            Map("GET", prefix + (spot ? "/myTrades" : "/userTrades"), spot ? 20 : 5, true, Trades);
            Map("GET", prefix + "/allOrders", spot ? 20 : 5, true, AllOrders);
        }
    }

    private FakeReply NewOrder(FakeCall call, FakeMarket market)
    {
        if (ParseOrder(call, market, out var request) is { } invalid)
        {
            return invalid;
        }

        var (order, rejection) = market.Place(request);
        if (order is null)
        {
            return Rejected(market.Type, rejection);
        }

        CountOrder(market);
        if (call.ImmediateFill is { } quantity)
        {
            market.FillNow(order, quantity);
        }

        if (market.Type == MarketType.Perp)
        {
            return FakeReply.Json(BinanceOrderShapes.Futures(market, order));
        }

        var fills = market.Fills.Where(f => f.OrderId == order.Id).ToArray();
        return call.Param("newOrderRespType") switch
        {
            "ACK" => FakeReply.Json(new { symbol = market.Rules.Symbol.Name, orderId = order.Id, orderListId = -1, clientOrderId = order.ClientOrderId, transactTime = order.CreatedMs }),
            "RESULT" => FakeReply.Json(BinanceOrderShapes.SpotResult(market, order, null)),
            _ => FakeReply.Json(BinanceOrderShapes.SpotResult(market, order, fills)),
        };
    }

    private FakeReply QueryOrder(FakeCall call, FakeMarket market)
    {
        if (FindOrder(call, market, out var order) is { } error)
        {
            return error;
        }

        return order is null
            ? Error(400, -2013, "Order does not exist.")
            : FakeReply.Json(market.Type == MarketType.Spot ? BinanceOrderShapes.Spot(market, order) : BinanceOrderShapes.Futures(market, order));
    }

    private FakeReply CancelOrder(FakeCall call, FakeMarket market)
    {
        if (FindOrder(call, market, out var order) is { } error)
        {
            return error;
        }

        // Spot names the cancel request itself (newClientOrderId, else a generated id); futures has no such id.
        var cancelId = market.Type == MarketType.Spot && order is not null ? call.Param("newClientOrderId") ?? "cancel-" + Wire.Ms(order.Id) : null;
        if (order is null || !market.Cancel(order, cancelId))
        {
            return Error(400, -2011, "Unknown order sent.");
        }

        return market.Type == MarketType.Perp
            ? FakeReply.Json(BinanceOrderShapes.Futures(market, order))
            : FakeReply.Json(BinanceOrderShapes.SpotCancel(market, order, cancelId!));
    }

    private FakeReply OpenOrders(FakeCall call, FakeMarket market) =>
        CheckSymbol(call, market, required: false) ?? FakeReply.Json(market.OpenOrders
            .Select(o => market.Type == MarketType.Spot ? BinanceOrderShapes.Spot(market, o) : BinanceOrderShapes.Futures(market, o))
            .ToArray());

    private static FakeReply? FindOrder(FakeCall call, FakeMarket market, out FakeOrder? order)
    {
        order = null;
        if (CheckSymbol(call, market, required: true) is { } error)
        {
            return error;
        }

        var hasId = Wire.TryLong(call.Param("orderId"), out var orderId);
        var clientId = call.Param("origClientOrderId");
        if (!hasId && string.IsNullOrEmpty(clientId))
        {
            return Error(400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
        }

        order = market.Find(hasId ? orderId : null, clientId);
        return null;
    }

    private static FakeReply Rejected(MarketType market, MarketRejection rejection) => (market, rejection) switch
    {
        (MarketType.Spot, MarketRejection.DuplicateClientOrderId) => Error(400, -2010, "Duplicate order sent."),
        (MarketType.Spot, MarketRejection.InsufficientBalance) => Error(400, -2010, "Account has insufficient balance for requested action."),
        (MarketType.Spot, MarketRejection.WouldTakeAsMaker) => Error(400, -2010, "Order would immediately match and take."),
        (MarketType.Spot, MarketRejection.TooManyOpenOrders) => Error(400, -1013, "Filter failure: MAX_NUM_ORDERS"),
        (_, MarketRejection.DuplicateClientOrderId) => Error(400, -4116, "ClientOrderId is duplicated."),
        (_, MarketRejection.InsufficientBalance) => Error(400, -2019, "Margin is insufficient."),
        (_, MarketRejection.WouldTakeAsMaker) => Error(400, -5022,
            "Due to the order could not be executed as maker, the Post Only order will be rejected. The order will not be recorded in the order history"),
        (_, MarketRejection.TooManyOpenOrders) => Error(400, -2025, "Reach max open order limit."),
        _ => Error(400, -2022, "ReduceOnly Order is rejected."),
    };
}
