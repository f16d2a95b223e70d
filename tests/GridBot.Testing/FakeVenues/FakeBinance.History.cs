using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>The paged history endpoints: trades (myTrades / userTrades) and orders (allOrders).</summary>
public sealed partial class FakeBinance
{
    /// <summary>
    /// myTrades / userTrades as the venues answer them: startTime and endTime at most 24 h (spot, -1127) or 7 days
    /// (futures, -1127 "More than 168 hours…") apart; startTime alone → that window after it; endTime alone → the window
    /// before it; fromId with either → -1128; nothing → the most recent trades (futures: of the last 7 days). Oldest first,
    /// at most <c>limit</c> (default 500, max 1000, or the options' page size): the oldest ones from a start, else the newest.
    /// </summary>
    private FakeReply Trades(FakeCall call, FakeMarket market)
    {
        if (CheckSymbol(call, market, required: true) is { } error)
        {
            return error;
        }

        var windowMs = market.Type == MarketType.Spot ? 86_400_000L : 7 * 86_400_000L;
        var hasStart = Wire.TryLong(call.Param("startTime"), out var start);
        var hasEnd = Wire.TryLong(call.Param("endTime"), out var end);
        var hasFrom = Wire.TryLong(call.Param("fromId"), out var fromId);
        if (hasFrom && (hasStart || hasEnd))
        {
            return Error(400, -1128, "Combination of optional parameters invalid.");
        }

        if (hasStart && hasEnd && end - start > windowMs)
        {
            return Error(400, -1127, "More than " + Wire.Ms(windowMs / 3_600_000) + " hours between startTime and endTime.");
        }

        IEnumerable<FakeFill> fills = market.Fills;
        if (Wire.TryLong(call.Param("orderId"), out var orderId))
        {
            fills = fills.Where(f => f.OrderId == orderId);
        }

        var limit = PageLimit(call);
        var oldestFirst = hasFrom || hasStart;
        if (hasFrom)
        {
            fills = fills.Where(f => f.TradeId >= fromId);
        }
        else if (hasStart || hasEnd)
        {
            var from = hasStart ? start : end - windowMs;
            var to = hasEnd ? end : start + windowMs;
            fills = fills.Where(f => f.TimeMs >= from && f.TimeMs <= to);
        }
        else if (market.Type == MarketType.Perp)
        {
            fills = fills.Where(f => f.TimeMs >= call.NowMs - windowMs);
        }

        var page = oldestFirst ? fills.Take(limit) : fills.TakeLast(limit);
        return FakeReply.Json(page.Select(f => BinanceOrderShapes.Trade(market, f)).ToArray());
    }

    /// <summary>
    /// allOrders as the venues answer it: every status, oldest first. <c>orderId</c> → orders from that id on;
    /// startTime and endTime at most 24 h (spot) or 7 days (futures) apart (-1127), by creation time; startTime alone →
    /// that window after it; endTime alone → the window before it; nothing → the most recent orders. At most
    /// <c>limit</c> (default 500, max 1000, or the options' page size): the oldest ones from a start or id, else the newest.
    /// </summary>
    private FakeReply AllOrders(FakeCall call, FakeMarket market)
    {
        if (CheckSymbol(call, market, required: true) is { } error)
        {
            return error;
        }

        var windowMs = market.Type == MarketType.Spot ? 86_400_000L : 7 * 86_400_000L;
        var hasStart = Wire.TryLong(call.Param("startTime"), out var start);
        var hasEnd = Wire.TryLong(call.Param("endTime"), out var end);
        if (hasStart && hasEnd && end - start > windowMs)
        {
            return Error(400, -1127, "More than " + Wire.Ms(windowMs / 3_600_000) + " hours between startTime and endTime.");
        }

        IEnumerable<FakeOrder> orders = market.Orders.OrderBy(o => o.Id);
        var hasFrom = Wire.TryLong(call.Param("orderId"), out var fromId);
        if (hasFrom)
        {
            orders = orders.Where(o => o.Id >= fromId);
        }

        if (hasStart || hasEnd)
        {
            var from = hasStart ? start : end - windowMs;
            var to = hasEnd ? end : start + windowMs;
            orders = orders.Where(o => o.CreatedMs >= from && o.CreatedMs <= to);
        }

        var limit = PageLimit(call);
        var page = hasFrom || hasStart ? orders.Take(limit) : orders.TakeLast(limit);
        return FakeReply.Json(page
            .Select(o => market.Type == MarketType.Spot ? BinanceOrderShapes.Spot(market, o) : BinanceOrderShapes.Futures(market, o))
            .ToArray());
    }

    /// <summary>The page asked for (default 500, at most 1000), no larger than the options' page size.</summary>
    private int PageLimit(FakeCall call)
    {
        var limit = Wire.TryLong(call.Param("limit"), out var l) ? (int)Math.Clamp(l, 1, 1000) : 500;
        return Options.PageSize is { } size ? Math.Min(limit, size) : limit;
    }
}
