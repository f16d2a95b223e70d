using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Bybit.BybitJson;

namespace GridBot.Exchanges.Bybit;

public static partial class BybitParsers
{
    /// <summary>Execution types that are not trades (funding, delivery, settlement): they move no order quantity.</summary>
    private static readonly HashSet<string> NonTradeExecTypes = new(StringComparer.Ordinal) { "Funding", "Settle", "Delivery" };

    /// <summary>order/realtime or order/history <c>result</c> → orders, in venue order.</summary>
    public static Result<IReadOnlyList<ExchangeOrder>> Orders(JsonElement result, Symbol symbol) =>
        Guarded<IReadOnlyList<ExchangeOrder>>("order list", () =>
            Array(result, "list").EnumerateArray().Select(item => OrderOf(item, symbol)).ToArray());

    /// <summary>
    /// One order item (REST list item or WebSocket <c>order</c> data item). Status: Cancelled, Deactivated and
    /// PartiallyFilledCanceled → Canceled (the filled quantity tells the partial case apart); Untriggered and
    /// Triggered → New. Type: Market; Limit with PostOnly (or RPI) → LimitMaker, IOC (or FOK) → LimitIoc, else Limit.
    /// Price is null when Bybit reports "" or "0" (market orders).
    /// </summary>
    public static Result<ExchangeOrder> Order(JsonElement item, Symbol symbol) =>
        Guarded<ExchangeOrder>("order", () => OrderOf(item, symbol));

    /// <summary>
    /// execution/list <c>result</c> → trade fills, oldest first (Bybit lists newest first). Funding, delivery and
    /// settlement entries are left out. <paramref name="market"/> decides the fee asset when feeCurrency is absent.
    /// </summary>
    public static Result<IReadOnlyList<ExchangeFill>> Fills(JsonElement result, Symbol symbol, MarketType market) =>
        Guarded<IReadOnlyList<ExchangeFill>>("execution list", () =>
            Array(result, "list").EnumerateArray()
                .Where(IsTrade)
                .Select(item => FillOf(item, symbol, market))
                .OrderBy(fill => fill.TimeMs)
                .ToArray());

    /// <summary>
    /// One execution item (REST or WebSocket <c>execution</c>). Fee asset: feeCurrency when present and non-empty;
    /// otherwise the settle (quote) coin on linear, and on spot the asset received (base on a buy, quote on a sell),
    /// which is how Bybit spot charges fees.
    /// </summary>
    public static Result<ExchangeFill> Fill(JsonElement item, Symbol symbol, MarketType market) =>
        Guarded<ExchangeFill>("execution", () => FillOf(item, symbol, market));

    /// <summary>True for an execution that trades quantity (Trade, AdlTrade, BustTrade, BlockTrade…).</summary>
    public static bool IsTrade(JsonElement item) => !NonTradeExecTypes.Contains(OptStr(item, "execType") ?? "Trade");

    private static ExchangeOrder OrderOf(JsonElement item, Symbol symbol)
    {
        var price = OptDec(item, "price");
        return new ExchangeOrder(
            symbol,
            ClientOrderId: Str(item, "orderLinkId"),
            ExchangeOrderId: Str(item, "orderId"),
            Side: SideOf(Str(item, "side")),
            Type: TypeOf(Str(item, "orderType"), OptStr(item, "timeInForce")),
            Price: price is null or 0m ? null : price,
            Quantity: Dec(item, "qty"),
            FilledQuantity: OptDec(item, "cumExecQty") ?? 0m,
            Status: StatusOf(Str(item, "orderStatus")),
            UpdatedMs: Long(item, "updatedTime"));
    }

    private static ExchangeFill FillOf(JsonElement item, Symbol symbol, MarketType market)
    {
        var side = SideOf(Str(item, "side"));
        var feeAsset = OptStr(item, "feeCurrency") is { Length: > 0 } currency
            ? currency
            : market == MarketType.Spot && side == OrderSide.Buy ? symbol.BaseAsset : symbol.QuoteAsset;
        return new ExchangeFill(
            symbol,
            TradeId: Str(item, "execId"),
            ClientOrderId: OptStr(item, "orderLinkId") ?? string.Empty,
            ExchangeOrderId: Str(item, "orderId"),
            Side: side,
            Price: Dec(item, "execPrice"),
            Quantity: Dec(item, "execQty"),
            Fee: new CashAmount(OptDec(item, "execFee") ?? 0m, feeAsset),
            IsMaker: IsMakerOf(item),
            TimeMs: Long(item, "execTime"));
    }

    private static bool IsMakerOf(JsonElement item) =>
        item.TryGetProperty("isMaker", out var maker) && maker.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? maker.GetBoolean()
            : throw new FormatException("missing boolean 'isMaker'");

    internal static OrderSide SideOf(string side) => side switch
    {
        "Buy" => OrderSide.Buy,
        "Sell" => OrderSide.Sell,
        _ => throw new FormatException($"unknown side '{side}'"),
    };

    internal static OrderStatus StatusOf(string status) => status switch
    {
        "New" or "Untriggered" or "Triggered" => OrderStatus.New,
        "PartiallyFilled" => OrderStatus.PartiallyFilled,
        "Filled" => OrderStatus.Filled,
        "Cancelled" or "Deactivated" or "PartiallyFilledCanceled" => OrderStatus.Canceled,
        "Rejected" => OrderStatus.Rejected,
        _ => throw new FormatException($"unknown orderStatus '{status}'"),
    };

    internal static OrderType TypeOf(string orderType, string? timeInForce) => (orderType, timeInForce) switch
    {
        ("Market", _) => OrderType.Market,
        ("Limit", "PostOnly" or "RPI") => OrderType.LimitMaker,
        ("Limit", "IOC" or "FOK") => OrderType.LimitIoc,
        ("Limit", _) => OrderType.Limit,
        _ => throw new FormatException($"unknown orderType '{orderType}'"),
    };
}
