using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Binance;

public static partial class BinanceParsers
{
    /// <summary>
    /// Spot <c>myTrades</c> or futures <c>userTrades</c> → fills, in the venue's order (oldest first).
    /// Binance trades carry the <c>orderId</c> but not the client order id: <paramref name="clientOrderIds"/> maps
    /// orderId → clientOrderId (e.g. from the open orders just read); a fill whose order is not in the map gets an
    /// empty <see cref="ExchangeFill.ClientOrderId"/> and the caller resolves it with a query by orderId.
    /// The side is <c>side</c> (futures) or <c>isBuyer</c>/<c>buyer</c>; maker is <c>isMaker</c> or <c>maker</c>.
    /// A zero commission with no asset is booked in the quote asset.
    /// </summary>
    public static Result<IReadOnlyList<ExchangeFill>> ParseFills(
        string json, Symbol symbol, IReadOnlyDictionary<string, string>? clientOrderIds = null) =>
        Parse<IReadOnlyList<ExchangeFill>>(json, "trades", root =>
        {
            var fills = new List<ExchangeFill>();
            foreach (var t in Array(root, "trades").EnumerateArray())
            {
                var fill = ReadFill(t, symbol, clientOrderIds);
                if (!fill.IsSuccess)
                {
                    return fill.Error;
                }

                fills.Add(fill.Value);
            }

            return fills;
        });

    private static Result<ExchangeFill> ReadFill(JsonElement t, Symbol symbol, IReadOnlyDictionary<string, string>? clientOrderIds)
    {
        var mismatch = SymbolMismatch(t, symbol, "trade");
        if (mismatch is not null)
        {
            return mismatch;
        }

        var orderId = Id(t, "orderId");
        var commission = Decimal(t, "commission");
        var asset = OptionalString(t, "commissionAsset");
        if (string.IsNullOrWhiteSpace(asset))
        {
            if (commission != 0m)
            {
                return Fail("trade", $"commission {commission} without an asset");
            }

            asset = symbol.QuoteAsset;
        }

        return new ExchangeFill(
            symbol,
            Id(t, "id"),
            clientOrderIds is not null && clientOrderIds.TryGetValue(orderId, out var cid) ? cid : string.Empty,
            orderId,
            ReadTradeSide(t),
            Decimal(t, "price"),
            Decimal(t, "qty"),
            new CashAmount(commission, asset),
            Bool(Optional(t, "isMaker") ?? Required(t, "maker"), "isMaker"),
            Long(Required(t, "time"), "time"));
    }

    private static OrderSide ReadTradeSide(JsonElement t)
    {
        if (OptionalString(t, "side") is { } side)
        {
            return ReadSide(side);
        }

        return Bool(Optional(t, "isBuyer") ?? Required(t, "buyer"), "isBuyer") ? OrderSide.Buy : OrderSide.Sell;
    }
}
