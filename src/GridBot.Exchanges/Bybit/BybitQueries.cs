using System.Globalization;
using GridBot.Core.Common;
using GridBot.Core.Market;

namespace GridBot.Exchanges.Bybit;

/// <summary>
/// Query strings (without '?') for the GET endpoints, in a fixed order: the same string goes into the URL and into the
/// signature. Symbols and ids are [A-Za-z0-9_-], which need no escaping; client order ids are checked.
/// </summary>
public static class BybitQueries
{
    /// <summary>execution/list returns at most 100 per page and at most 7 days per request.</summary>
    public const int MaxExecutionsPerPage = 100;

    /// <summary>execution/list: "endTime - startTime &lt;= 7 days".</summary>
    public static readonly TimeSpan MaxExecutionRange = TimeSpan.FromDays(7);

    public static string InstrumentsInfo(Symbol symbol, MarketType market) => $"category={BybitCategory.Of(market)}&symbol={symbol.Name}";

    public static string Tickers(Symbol symbol, MarketType market) => $"category={BybitCategory.Of(market)}&symbol={symbol.Name}";

    /// <summary><paramref name="bybitInterval"/> is Bybit's (<see cref="BybitParsers.KlineInterval"/>); limit 1..1000.</summary>
    public static string Kline(Symbol symbol, MarketType market, string bybitInterval, long? startMs, int limit, long? endMs = null)
    {
        Guard.InRange(limit, 1, 1000);
        var start = startMs is { } ms ? "&start=" + ms.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var end = endMs is { } e ? "&end=" + e.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"category={BybitCategory.Of(market)}&symbol={symbol.Name}&interval={Guard.NotBlank(bybitInterval)}{start}{end}&limit={limit.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>order/realtime and order/history return at most 50 per page.</summary>
    public const int MaxOrdersPerPage = 50;

    /// <summary>order/history: "endTime - startTime &lt;= 7 days".</summary>
    public static readonly TimeSpan MaxOrderHistoryRange = TimeSpan.FromDays(7);

    /// <summary>
    /// One page of open orders of one symbol (order/realtime, openOnly=0: active orders); <paramref name="cursor"/> is the
    /// previous page's <c>nextPageCursor</c>, sent as given (see <see cref="Executions"/>).
    /// </summary>
    public static string OpenOrders(Symbol symbol, MarketType market, string? cursor = null, int limit = MaxOrdersPerPage)
    {
        Guard.InRange(limit, 1, MaxOrdersPerPage);
        var query = $"category={BybitCategory.Of(market)}&symbol={symbol.Name}&openOnly=0&limit={limit.ToString(CultureInfo.InvariantCulture)}";
        return WithCursor(query, cursor);
    }

    /// <summary>One page of the order history of one symbol in <c>[startMs, endMs]</c> (at most 7 days apart).</summary>
    public static string OrderHistory(Symbol symbol, MarketType market, long startMs, long endMs, string? cursor = null, int limit = MaxOrdersPerPage)
    {
        Guard.InRange(limit, 1, MaxOrdersPerPage);
        Guard.That(endMs >= startMs && endMs - startMs <= (long)MaxOrderHistoryRange.TotalMilliseconds, "order/history takes at most 7 days between startTime and endTime");
        var query = $"category={BybitCategory.Of(market)}&symbol={symbol.Name}&startTime={startMs.ToString(CultureInfo.InvariantCulture)}" +
            $"&endTime={endMs.ToString(CultureInfo.InvariantCulture)}&limit={limit.ToString(CultureInfo.InvariantCulture)}";
        return WithCursor(query, cursor);
    }

    /// <summary>One order by client id (order/realtime or order/history).</summary>
    public static string OrderByLinkId(Symbol symbol, MarketType market, string clientOrderId) =>
        $"category={BybitCategory.Of(market)}&symbol={symbol.Name}&orderLinkId={SafeId(clientOrderId)}";

    /// <summary>
    /// One page of executions in <c>[startMs, endMs]</c> (at most 7 days apart: Bybit's limit); <paramref name="cursor"/>
    /// is the previous page's <c>nextPageCursor</c>, which Bybit hands out already percent-encoded: it is sent as given,
    /// and only characters that would break the query string are escaped.
    /// </summary>
    public static string Executions(Symbol symbol, MarketType market, long startMs, long endMs, string? cursor = null, int limit = MaxExecutionsPerPage)
    {
        Guard.InRange(limit, 1, MaxExecutionsPerPage);
        Guard.That(endMs >= startMs && endMs - startMs <= (long)MaxExecutionRange.TotalMilliseconds, "execution/list takes at most 7 days between startTime and endTime");
        var query = $"category={BybitCategory.Of(market)}&symbol={symbol.Name}&startTime={startMs.ToString(CultureInfo.InvariantCulture)}" +
            $"&endTime={endMs.ToString(CultureInfo.InvariantCulture)}&limit={limit.ToString(CultureInfo.InvariantCulture)}";
        return WithCursor(query, cursor);
    }

    /// <summary>Unified trading account balances (v5 spot and linear trade from the unified wallet).</summary>
    public static string WalletBalance() => "accountType=UNIFIED";

    public static string Positions(Symbol symbol) => $"category={BybitCategory.Linear}&symbol={symbol.Name}";

    private static string WithCursor(string query, string? cursor) =>
        string.IsNullOrEmpty(cursor) ? query : query + "&cursor=" + EscapeCursor(cursor);

    private static string EscapeCursor(string cursor) => string.Concat(cursor.Select(c =>
        char.IsAsciiLetterOrDigit(c) || c is '%' or '-' or '_' or '.' or '~' ? c.ToString() : Uri.EscapeDataString(c.ToString())));

    private static string SafeId(string id)
    {
        Guard.That(id is { Length: > 0 and <= 36 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'),
            "client order ids are 1..36 of [A-Za-z0-9_-]");
        return id;
    }
}
