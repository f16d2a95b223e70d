using System.Globalization;
using System.Text;
using System.Text.Json;
using GridBot.Core.Common;
using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Exchanges.Bybit;

/// <summary>
/// The exact JSON bodies of Bybit v5 POST requests: the string returned is both sent and signed (Bybit signs the raw
/// body bytes), so it is built once, with fixed property order, numbers as plain invariant strings without trailing
/// zeros or exponent.
/// </summary>
public static class BybitOrderBody
{
    /// <summary>
    /// order/create body. Limit → GTC, LimitMaker → PostOnly, LimitIoc → IOC, Market → IOC without price. Linear adds
    /// positionIdx 0 (one-way mode) and reduceOnly; spot has no reduce-only, so the flag is not sent there. Spot market
    /// orders carry marketUnit "baseCoin": a spot market BUY otherwise reads qty as QUOTE coin (USDT), so a grid's base
    /// quantity of 0.001 BTC would become a 0.001 USDT order, far below the minimum, or worse, a different size.
    /// </summary>
    public static string For(OrderRequest request, MarketType market)
    {
        Guard.NotNull(request);
        var isMarket = request.Type == OrderType.Market;
        Guard.That(isMarket ? request.Price is null : request.Price is > 0m, "limit orders need a positive price, market orders none");
        Guard.That(request.Quantity > 0m, "quantity must be > 0");
        return Write(writer =>
        {
            writer.WriteString("category", BybitCategory.Of(market));
            writer.WriteString("symbol", request.Symbol.Name);
            writer.WriteString("side", request.Side == OrderSide.Buy ? "Buy" : "Sell");
            writer.WriteString("orderType", isMarket ? "Market" : "Limit");
            writer.WriteString("qty", BybitJson.Format(request.Quantity));
            if (!isMarket)
            {
                writer.WriteString("price", BybitJson.Format(request.Price!.Value));
            }

            writer.WriteString("timeInForce", TimeInForce(request.Type));
            writer.WriteString("orderLinkId", request.ClientOrderId);
            if (isMarket && market == MarketType.Spot)
            {
                writer.WriteString("marketUnit", "baseCoin");
            }

            if (market == MarketType.Perp)
            {
                writer.WriteNumber("positionIdx", 0);
                writer.WriteBoolean("reduceOnly", request.ReduceOnly);
            }
        });
    }

    /// <summary>order/cancel body, by client order id.</summary>
    public static string Cancel(Symbol symbol, string clientOrderId, MarketType market)
    {
        Guard.NotNull(symbol);
        Guard.NotBlank(clientOrderId);
        return Write(writer =>
        {
            writer.WriteString("category", BybitCategory.Of(market));
            writer.WriteString("symbol", symbol.Name);
            writer.WriteString("orderLinkId", clientOrderId);
        });
    }

    /// <summary>position/set-leverage body (linear; the same leverage for both sides, as one-way mode requires).</summary>
    public static string SetLeverage(Symbol symbol, int leverage)
    {
        Guard.NotNull(symbol);
        var text = Guard.Positive(leverage).ToString(CultureInfo.InvariantCulture);
        return Write(writer =>
        {
            writer.WriteString("category", BybitCategory.Linear);
            writer.WriteString("symbol", symbol.Name);
            writer.WriteString("buyLeverage", text);
            writer.WriteString("sellLeverage", text);
        });
    }

    internal static string TimeInForce(OrderType type) => type switch
    {
        OrderType.Limit => "GTC",
        OrderType.LimitMaker => "PostOnly",
        OrderType.LimitIoc or OrderType.Market => "IOC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unmapped order type"),
    };

    private static string Write(Action<Utf8JsonWriter> properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            properties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
