using System.Globalization;
using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using GridBot.Exchanges.Binance;
using GridBot.Exchanges.Http;
using static GridBot.Exchanges.Binance.BinanceEndpoints;

namespace GridBot.Exchanges.Clients;

/// <summary>
/// Order history from <c>allOrders</c>, which takes at most 24 h (spot) or 7 days (USDⓈ-M) between startTime and endTime:
/// a <see cref="WindowWalk"/> over those windows. A full page goes on by <c>orderId</c> (last id + 1, ids rise with
/// time), which cannot be combined with a time range and so runs on to the present: the walk ends there.
/// </summary>
public sealed partial class BinanceExchange : IOrderHistory
{
    private const int OrdersPerPage = 1000;

    private static readonly TimeSpan OrderHistoryFloor = TimeSpan.FromDays(30);

    public async Task<Result<IReadOnlyList<ExchangeOrder>>> GetOrderHistoryAsync(Symbol symbol, long sinceMs, CancellationToken ct)
    {
        await _rest.EnsureClockAsync(ct).ConfigureAwait(false);
        var width = Spot ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);
        var orders = await WindowWalk.ReadAsync(sinceMs, _rest.Clock.NowMs, width, OrderHistoryFloor,
            (start, end, budget) => ReadOrderWindowAsync(symbol, start, end, budget, ct), "OrderHistoryTooLarge").ConfigureAwait(false);
        return orders.IsSuccess ? Remember(orders.Value.DistinctBy(o => o.ExchangeOrderId).ToList()) : orders.Error;
    }

    private async Task<Result<WindowRead<ExchangeOrder>>> ReadOrderWindowAsync(Symbol symbol, long startMs, long endMs, int budget, CancellationToken ct)
    {
        var orders = new List<ExchangeOrder>();
        var pageSize = PageSize(OrdersPerPage);
        var call = AllOrdersCall(symbol, pageSize, ("startTime", Ms(startMs)), ("endTime", Ms(endMs)));
        long? fromId = null;
        for (var requests = 1; ; requests++)
        {
            var body = await _rest.SendAsync(call, ct).ConfigureAwait(false);
            var page = body.IsSuccess ? BinanceParsers.ParseOrders(body.Value, symbol) : body.Error;
            if (!page.IsSuccess)
            {
                return page.Error;
            }

            orders.AddRange(page.Value);
            var (count, lastId) = PageShape(body.Value);
            if (count < pageSize)
            {
                return new WindowRead<ExchangeOrder>(orders, requests, Complete: true, ReachedPresent: fromId is not null);
            }

            if (requests >= budget || lastId is not { } id || id + 1 <= fromId)
            {
                return new WindowRead<ExchangeOrder>(orders, requests, Complete: false);
            }

            fromId = id + 1;
            call = AllOrdersCall(symbol, pageSize, ("orderId", Ms(id + 1)));
        }
    }

    private RestCall AllOrdersCall(Symbol symbol, int pageSize, params (string Key, string Value)[] range) =>
        RestCall.Of(Spot ? SpotAllOrders : FuturesAllOrders, [("symbol", symbol.Name), .. range, ("limit", pageSize.ToString(CultureInfo.InvariantCulture))]);

    /// <summary>Items asked per page: the endpoint's maximum, or the smaller page the options set.</summary>
    private int PageSize(int maximum) => _rest.Options.PageSize is { } size ? Math.Clamp(size, 1, maximum) : maximum;

    /// <summary>How many orders a page held (those the parser skips included) and the largest orderId among them.</summary>
    private static (int Count, long? LastId) PageShape(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var ids = doc.RootElement.EnumerateArray()
            .Select(o => o.TryGetProperty("orderId", out var id) && id.TryGetInt64(out var value) ? value : (long?)null)
            .ToList();
        return (ids.Count, ids.Max());
    }
}
