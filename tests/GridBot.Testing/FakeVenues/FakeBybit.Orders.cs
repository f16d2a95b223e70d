using System.Text.RegularExpressions;
using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// v5 order endpoints. Parameter and filter failures are 10001; an orderLinkId used by ANY earlier order is 110072;
/// insufficient balance 110007; cancel of an unknown or finished order 110001. Lists: FakeBybit.History.cs.
/// </summary>
public sealed partial class FakeBybit
{
    private static readonly Regex LinkId = new("^[A-Za-z0-9_-]{1,36}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private void MapOrderRoutes()
    {
        Map("POST", "/v5/order/create", true, CreateOrder);
        Map("POST", "/v5/order/cancel", true, CancelOrder);
        Map("GET", "/v5/order/realtime", true, c => ListOrders(c, openOnly: true));
        Map("GET", "/v5/order/history", true, c => ListOrders(c, openOnly: false));
        Map("GET", "/v5/execution/list", true, Executions);
    }

    private FakeReply CreateOrder(FakeCall call)
    {
        if (Category(call, out var market) is { } badCategory)
        {
            return badCategory;
        }

        if (ParseOrder(call, market, out var request) is { } error)
        {
            return error;
        }

        var (order, rejection) = market.Place(request!);
        if (order is null)
        {
            return rejection switch
            {
                MarketRejection.DuplicateClientOrderId => Error(110072, "OrderLinkedID is duplicate"),
                MarketRejection.InsufficientBalance => Error(110007, "Insufficient available balance"),
                MarketRejection.ReduceOnlyRejected => Error(110017, "Reduce-only rule not satisfied"),
                MarketRejection.TooManyOpenOrders => Error(110020, "Cannot have more than " + Wire.Ms(market.Rules.MaxOpenOrders ?? 0) + " active orders"),
                _ => Error(10001, "params error: order would take liquidity"),
            };
        }

        if (call.ImmediateFill is { } quantity)
        {
            market.FillNow(order, quantity);
        }

        return Ok(new { orderId = Wire.Ms(order.Id), orderLinkId = order.ClientOrderId });
    }

    private FakeReply CancelOrder(FakeCall call)
    {
        if (Category(call, out var market) is { } error)
        {
            return error;
        }

        var order = FindOrder(call, market, out var missing);
        if (missing)
        {
            return Error(10001, "params error: orderId or orderLinkId is required");
        }

        return order is not null && market.Cancel(order)
            ? Ok(new { orderId = Wire.Ms(order.Id), orderLinkId = order.ClientOrderId })
            : Error(110001, "Order does not exist");
    }

    /// <summary>By orderId (preferred, as Bybit does) or orderLinkId; <paramref name="noId"/> when neither was sent.</summary>
    private static FakeOrder? FindOrder(FakeCall call, FakeMarket market, out bool noId)
    {
        var orderId = call.Param("orderId");
        var linkId = call.Param("orderLinkId");
        noId = string.IsNullOrEmpty(orderId) && string.IsNullOrEmpty(linkId);
        if (!string.IsNullOrEmpty(orderId))
        {
            return Wire.TryLong(orderId, out var id) ? market.Find(id, null) : null;
        }

        return noId ? null : market.Find(null, linkId);
    }

    private FakeReply? ParseOrder(FakeCall call, FakeMarket market, out FakeOrderRequest? request)
    {
        request = null;
        var side = call.Param("side") switch { "Buy" => OrderSide.Buy, "Sell" => (OrderSide?)OrderSide.Sell, _ => null };
        var type = call.Param("orderType") switch { "Limit" => FakeOrderType.Limit, "Market" => (FakeOrderType?)FakeOrderType.Market, _ => null };
        var tif = call.Param("timeInForce") switch
        {
            null or "GTC" => FakeTimeInForce.Gtc,
            "IOC" => FakeTimeInForce.Ioc,
            "FOK" => FakeTimeInForce.Fok,
            "PostOnly" => (FakeTimeInForce?)FakeTimeInForce.PostOnly,
            _ => null,
        };
        var problem = (side, type, tif) switch
        {
            (null, _, _) => "params error: side invalid",
            (_, null, _) => "params error: OrderType invalid",
            (_, _, null) => "params error: TimeInForce invalid",
            _ => null,
        };
        problem ??= call.Param("symbol") is null ? "params error: symbol invalid" : null;
        problem ??= call.Param("orderLinkId") is { } link && !LinkId.IsMatch(link) ? "params error: orderLinkId invalid" : null;
        problem ??= call.Param("positionIdx") is { } idx && idx != "0" ? "position idx not match position mode" : null;
        if (problem is not null)
        {
            return Error(10001, problem);
        }

        return ParseAmounts(call, market, side!.Value, type!.Value, type == FakeOrderType.Market ? FakeTimeInForce.Ioc : tif!.Value, out request);
    }

    private FakeReply? ParseAmounts(FakeCall call, FakeMarket market, OrderSide side, FakeOrderType type, FakeTimeInForce tif, out FakeOrderRequest? request)
    {
        request = null;
        if (!Wire.TryDecimal(call.Param("qty"), out var quantity) || quantity <= 0m)
        {
            return Error(10001, "params error: qty invalid");
        }

        var price = 0m;
        if (type == FakeOrderType.Limit && (!Wire.TryDecimal(call.Param("price"), out price) || price <= 0m))
        {
            return Error(10001, "params error: price invalid");
        }

        var rules = market.Rules;
        var notional = (type == FakeOrderType.Market ? market.LastPrice : price) * quantity;
        var reduceOnly = market.Type == MarketType.Perp && call.Param("reduceOnly") == "true";
        var problem = !Wire.IsMultiple(price, rules.TickSize) ? "Order price has too many decimals."
            : !Wire.IsMultiple(quantity, rules.StepSize) ? "Order quantity has too many decimals."
            : quantity < rules.MinQuantity ? "Order quantity is lower than the minimum limit."
            : quantity > rules.MaxQuantity ? "Order quantity exceeded upper limit."
            : !reduceOnly && notional < rules.MinNotional ? "Order value exceeded lower limit."
            : null;
        if (problem is not null)
        {
            return Error(10001, problem);
        }

        request = new FakeOrderRequest(side, type, tif, quantity, price, call.Param("orderLinkId") ?? string.Empty, reduceOnly);
        return null;
    }
}
