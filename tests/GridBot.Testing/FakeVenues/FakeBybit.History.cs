namespace GridBot.Testing.FakeVenues;

/// <summary>
/// The paged lists, newest first, each page at most <c>limit</c> (or the options' page size) with an offset as
/// <c>nextPageCursor</c>: order/realtime (open orders), order/history (closed orders, by creation time, 7 days at most
/// per request) and execution/list.
/// </summary>
public sealed partial class FakeBybit
{
    private const long Week = 7 * 86_400_000L;

    /// <summary>
    /// order/realtime (open orders) or order/history (closed ones, as Bybit's unified account lists them), newest first:
    /// one order when an orderId or orderLinkId is given, else a page of at most <c>limit</c> (default 20, max 50). The
    /// history takes startTime and endTime at most 7 days apart (else 10001) and defaults to the last 7 days.
    /// </summary>
    private FakeReply ListOrders(FakeCall call, bool openOnly)
    {
        if (Category(call, out var market) is { } error)
        {
            return error;
        }

        var order = FindOrder(call, market, out var unfiltered);
        if (!unfiltered)
        {
            var one = order is null ? [] : new[] { BybitShapes.Order(market, order) };
            return Ok(new { category = call.Param("category"), list = one, nextPageCursor = string.Empty });
        }

        IEnumerable<FakeOrder> orders = market.Orders.Where(o => openOnly ? o.IsOpen : !o.IsOpen);
        if (!openOnly)
        {
            if (TimeRange(call, out var start, out var end) is { } badRange)
            {
                return badRange;
            }

            orders = orders.Where(o => o.CreatedMs >= start && o.CreatedMs <= end);
        }

        return Page(call, orders.Reverse().ToList(), 20, 50, o => BybitShapes.Order(market, o));
    }

    /// <summary>
    /// execution/list as Bybit answers it: newest first, pages by an offset cursor; startTime and endTime at most 7 days
    /// apart (else 10001); startTime alone → 7 days after it; endTime alone → 7 days before it; neither → the last 7 days.
    /// limit default 50, max 100.
    /// </summary>
    private FakeReply Executions(FakeCall call)
    {
        if (Category(call, out var market) is { } error)
        {
            return error;
        }

        if (TimeRange(call, out var start, out var end) is { } badRange)
        {
            return badRange;
        }

        var orders = market.Orders.ToDictionary(o => o.Id);
        var fills = market.Fills.Where(f => f.TimeMs >= start && f.TimeMs <= end &&
            (call.Param("orderId") is not { } id || Wire.Ms(f.OrderId) == id) &&
            (call.Param("orderLinkId") is not { } link || f.ClientOrderId == link)).Reverse().ToList();
        return Page(call, fills, 50, 100, f => BybitShapes.Execution(market, orders.GetValueOrDefault(f.OrderId), f));
    }

    /// <summary>startTime/endTime with Bybit's defaults (7 days after a start, before an end, or up to now), or a 10001 answer.</summary>
    private FakeReply? TimeRange(FakeCall call, out long start, out long end)
    {
        var hasStart = Wire.TryLong(call.Param("startTime"), out var s);
        var hasEnd = Wire.TryLong(call.Param("endTime"), out var e);
        start = hasStart ? s : hasEnd ? e - Week : call.NowMs - Week;
        end = hasEnd ? e : hasStart ? s + Week : call.NowMs;
        return hasStart && hasEnd && (e - s > Week || e < s) ? Error(10001, "params error: endTime - startTime must be within 7 days") : null;
    }

    /// <summary>One page of <paramref name="items"/> from the offset in <c>cursor</c>; the next offset as <c>nextPageCursor</c>, "" after the last.</summary>
    private FakeReply Page<T>(FakeCall call, IReadOnlyList<T> items, int defaultLimit, int maxLimit, Func<T, object> shape)
    {
        var offset = Wire.TryLong(call.Param("cursor"), out var c) ? (int)Math.Clamp(c, 0, items.Count) : 0;
        var limit = Wire.TryLong(call.Param("limit"), out var l) ? (int)Math.Clamp(l, 1, maxLimit) : defaultLimit;
        limit = Options.PageSize is { } size ? Math.Min(limit, size) : limit;
        var page = items.Skip(offset).Take(limit).Select(shape).ToArray();
        var next = offset + limit < items.Count ? Wire.Ms(offset + limit) : string.Empty;
        return Ok(new { category = call.Param("category"), list = page, nextPageCursor = next });
    }
}
