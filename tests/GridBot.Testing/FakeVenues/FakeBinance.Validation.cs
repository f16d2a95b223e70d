using System.Text.RegularExpressions;
using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>
/// New-order parameter checks with Binance's codes and messages: -1102 missing, -1100 illegal characters, -1111
/// precision, -1115/-1116/-1117 bad enums, then the symbol filters (spot -1013 "Filter failure: …"; futures -4013,
/// -4014, -4016, -4004, -4005, -4164 and -1111 for a quantity off the step).
/// </summary>
public sealed partial class FakeBinance
{
    private const string NumberPattern = @"^([0-9]{1,20})(\.[0-9]{1,20})?$";

    private static readonly Regex Number = new(NumberPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex SpotClientId = new("^[a-zA-Z0-9-_]{1,36}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex FuturesClientId = new(@"^[\.A-Z\:/a-z0-9_-]{1,36}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private FakeReply? ParseOrder(FakeCall call, FakeMarket market, out FakeOrderRequest request)
    {
        request = null!;
        var spot = market.Type == MarketType.Spot;
        var shapeError = ParseShape(call, spot, out var side, out var type, out var tif);
        if ((CheckSymbol(call, market, required: true) ?? shapeError) is { } error)
        {
            return error;
        }

        if (ParseNumber(call, "quantity", spot, out var quantity) is { } badQuantity)
        {
            return badQuantity;
        }

        var price = 0m;
        if (type != FakeOrderType.Market && ParseNumber(call, "price", spot, out price) is { } badPrice)
        {
            return badPrice;
        }

        var clientId = call.Param("newClientOrderId");
        if (clientId is not null && !(spot ? SpotClientId : FuturesClientId).IsMatch(clientId))
        {
            return Error(400, -1100, "Illegal characters found in parameter 'newClientOrderId'; legal range is '" +
                (spot ? "^[a-zA-Z0-9-_]{1,36}$" : @"^[\.A-Z\:/a-z0-9_-]{1,36}$") + "'.");
        }

        var reduceOnly = !spot && call.Param("reduceOnly") == "true";
        var positionSide = spot ? "BOTH" : call.Param("positionSide") ?? "BOTH";
        if (positionSide != "BOTH")
        {
            return positionSide is "LONG" or "SHORT"
                ? Error(400, -4061, "Order's position side does not match user's setting.")
                : Error(400, -1116, "Invalid positionSide.");
        }

        request = new FakeOrderRequest(side, type, tif, quantity, price, clientId ?? "auto-" + Wire.Ms(Interlocked.Increment(ref _autoClientIds)), reduceOnly, positionSide);
        return spot ? SpotFilters(market, request) : FuturesFilters(market, request);
    }

    private static FakeReply? ParseShape(FakeCall call, bool spot, out OrderSide side, out FakeOrderType type, out FakeTimeInForce tif)
    {
        (side, type, tif) = (OrderSide.Buy, FakeOrderType.Limit, FakeTimeInForce.Gtc);
        var sideText = call.Param("side");
        var typeText = call.Param("type");
        if (sideText is null || typeText is null)
        {
            return Missing(sideText is null ? "side" : "type");
        }

        (side, var sideOk) = sideText switch { "BUY" => (OrderSide.Buy, true), "SELL" => (OrderSide.Sell, true), _ => (OrderSide.Buy, false) };
        (type, var typeOk) = typeText switch
        {
            "LIMIT" => (FakeOrderType.Limit, true),
            "MARKET" => (FakeOrderType.Market, true),
            "LIMIT_MAKER" when spot => (FakeOrderType.LimitMaker, true),
            _ => (FakeOrderType.Limit, false),
        };
        if (!sideOk || !typeOk)
        {
            return sideOk ? Error(400, -1116, "Invalid orderType.") : Error(400, -1117, "Invalid side.");
        }

        var tifText = call.Param("timeInForce");
        if (type != FakeOrderType.Limit)
        {
            tif = type == FakeOrderType.Market ? FakeTimeInForce.Ioc : FakeTimeInForce.PostOnly;
            return null;
        }

        (tif, var tifOk) = tifText switch
        {
            null => (tif, false),
            "GTC" => (FakeTimeInForce.Gtc, true),
            "IOC" => (FakeTimeInForce.Ioc, true),
            "FOK" => (FakeTimeInForce.Fok, true),
            "GTX" when !spot => (FakeTimeInForce.PostOnly, true),
            _ => (tif, false),
        };
        return tifText is null ? Missing("timeInForce") : tifOk ? null : Error(400, -1115, "Invalid timeInForce.");
    }

    private static FakeReply? ParseNumber(FakeCall call, string name, bool spot, out decimal value)
    {
        value = 0m;
        var text = call.Param(name);
        if (string.IsNullOrEmpty(text))
        {
            return Missing(name);
        }

        if (!Number.IsMatch(text) || !Wire.TryDecimal(text, out value))
        {
            return Error(400, -1100, "Illegal characters found in parameter '" + name + "'; legal range is '" + NumberPattern + "'.");
        }

        if (Wire.Decimals(text) <= 8)
        {
            return null;
        }

        return spot
            ? Error(400, -1111, "Parameter '" + name + "' has too much precision.")
            : Error(400, -1111, "Precision is over the maximum defined for this asset.");
    }

    private FakeReply? SpotFilters(FakeMarket market, FakeOrderRequest order)
    {
        var rules = market.Rules;
        var limit = order.Type != FakeOrderType.Market;
        string? failed = null;
        if (limit && (order.Price < Options.MinPrice || order.Price > Options.MaxPrice || !Wire.IsMultiple(order.Price, rules.TickSize)))
        {
            failed = "PRICE_FILTER";
        }
        else if (limit && rules.PercentPrice is { } band && !band.Allows(order.Side, order.Price, market.LastPrice))
        {
            failed = "PERCENT_PRICE_BY_SIDE";
        }
        else if (order.Quantity < rules.MinQuantity || order.Quantity > rules.MaxQuantity || order.Quantity <= 0m ||
            !Wire.IsMultiple(order.Quantity, rules.StepSize))
        {
            failed = "LOT_SIZE";
        }
        else if (Notional(market, order) is var notional && (notional < rules.MinNotional || (limit && notional > rules.MaxNotional)))
        {
            failed = "NOTIONAL";
        }

        return failed is null ? null : Error(400, -1013, "Filter failure: " + failed);
    }

    private FakeReply? FuturesFilters(FakeMarket market, FakeOrderRequest order)
    {
        var rules = market.Rules;
        if (order.Type != FakeOrderType.Market)
        {
            if (order.Price < Options.MinPrice)
            {
                return Error(400, -4013, "Price less than min price.");
            }

            if (order.Price > Options.MaxPrice)
            {
                return Error(400, -4016, "Limit price can't be higher than " + Wire.Plain(Options.MaxPrice) + ".");
            }

            if (!Wire.IsMultiple(order.Price, rules.TickSize))
            {
                return Error(400, -4014, "Price not increased by tick size.");
            }
        }

        if (order.Quantity <= 0m)
        {
            return Error(400, -4003, "Quantity less than or equal to zero.");
        }

        if (!Wire.IsMultiple(order.Quantity, rules.StepSize))
        {
            return Error(400, -1111, "Precision is over the maximum defined for this asset.");
        }

        if (order.Quantity < rules.MinQuantity || order.Quantity > rules.MaxQuantity)
        {
            return order.Quantity < rules.MinQuantity
                ? Error(400, -4004, "Quantity less than min quantity.")
                : Error(400, -4005, "Quantity greater than max quantity.");
        }

        return !order.ReduceOnly && Notional(market, order) < rules.MinNotional
            ? Error(400, -4164, "Order's notional must be no smaller than " + Wire.Plain(rules.MinNotional) + " (unless you choose reduce only).")
            : null;
    }

    private static decimal Notional(FakeMarket market, FakeOrderRequest order) =>
        (order.Type == FakeOrderType.Market ? market.LastPrice : order.Price) * order.Quantity;
}
