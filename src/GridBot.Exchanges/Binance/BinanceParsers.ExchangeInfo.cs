using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Binance;

/// <summary>
/// Pure readers from Binance JSON (spot <c>/api/v3</c> and USDⓈ-M <c>/fapi</c>) to Core types. Every method returns a
/// value: a malformed payload is an <see cref="ErrorKind.Other"/> error with code <c>BadPayload</c>, never an exception.
/// Decimals are read from their string form with the invariant culture, never through <see cref="double"/>.
/// </summary>
public static partial class BinanceParsers
{
    /// <summary>
    /// The rules of <paramref name="symbol"/> from an exchangeInfo payload. Tick and step sizes are normalised
    /// ("0.01000000" → 0.01). Filter values of "0" disable a rule (maxQty, maxNotional → no limit). NOTIONAL wins over
    /// MIN_NOTIONAL (futures: its <c>notional</c> field); PERCENT_PRICE_BY_SIDE wins over a symmetric PERCENT_PRICE.
    /// Unknown filters are ignored. A symbol the payload does not list is an error.
    /// </summary>
    public static Result<BinanceSymbolInfo> ParseSymbolInfo(string json, Symbol symbol) =>
        Parse(json, "exchangeInfo", root =>
        {
            foreach (var entry in Array(Required(root, "symbols"), "symbols").EnumerateArray())
            {
                if (String(entry, "symbol") == symbol.Name)
                {
                    return ReadSymbol(entry, symbol);
                }
            }

            return new Error(ErrorKind.Other, "SymbolNotFound", $"exchangeInfo does not list {symbol.Name}");
        });

    public static Result<SymbolRules> ParseSymbolRules(string json, Symbol symbol) =>
        ParseSymbolInfo(json, symbol).Map(info => info.Rules);

    /// <summary>exchangeInfo's <c>rateLimits</c>, in the venue's order.</summary>
    public static Result<IReadOnlyList<BinanceRateLimit>> ParseRateLimits(string json) =>
        Parse<IReadOnlyList<BinanceRateLimit>>(json, "rateLimits", root =>
            Array(Required(root, "rateLimits"), "rateLimits").EnumerateArray()
                .Select(r => new BinanceRateLimit(
                    String(r, "rateLimitType"),
                    String(r, "interval"),
                    checked((int)Long(Required(r, "intervalNum"), "intervalNum")),
                    checked((int)Long(Required(r, "limit"), "limit"))))
                .ToArray());

    private static Result<BinanceSymbolInfo> ReadSymbol(JsonElement entry, Symbol symbol)
    {
        var filters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var f in Array(Required(entry, "filters"), "filters").EnumerateArray())
        {
            filters[String(f, "filterType")] = f;
        }

        if (!filters.TryGetValue("PRICE_FILTER", out var price) || !filters.TryGetValue("LOT_SIZE", out var lot))
        {
            return Fail("exchangeInfo", $"{symbol.Name} lacks PRICE_FILTER or LOT_SIZE");
        }

        var tick = BinanceDecimal.Normalise(Decimal(price, "tickSize"));
        var step = BinanceDecimal.Normalise(Decimal(lot, "stepSize"));
        var minQty = BinanceDecimal.Normalise(Decimal(lot, "minQty"));
        var maxQty = NoLimitWhenZero(Decimal(lot, "maxQty"));
        var (minNotional, maxNotional) = ReadNotional(filters);
        var band = ReadBand(filters);
        var maxOrders = ReadMaxOrders(filters);

        var problem = RulesProblem(tick, step, minQty, maxQty, minNotional, maxNotional, maxOrders, band);
        if (problem is not null)
        {
            return Fail("exchangeInfo", $"{symbol.Name}: {problem}");
        }

        var rules = new SymbolRules(symbol, tick, step, minQty, maxQty, minNotional, maxNotional,
            band is { } b ? new PercentPriceBand(b.BidUp, b.BidDown, b.AskUp, b.AskDown) : null, maxOrders);
        var minPrice = Decimal(price, "minPrice", required: false);
        var maxPrice = Decimal(price, "maxPrice", required: false);
        return new BinanceSymbolInfo(
            rules,
            OptionalString(entry, "status") ?? "UNKNOWN",
            minPrice > 0m ? BinanceDecimal.Normalise(minPrice) : null,
            maxPrice > 0m ? BinanceDecimal.Normalise(maxPrice) : null,
            filters.TryGetValue("MARKET_LOT_SIZE", out var mls) ? ReadLotSize(mls) : null);
    }

    private static BinanceLotSize ReadLotSize(JsonElement filter) => new(
        BinanceDecimal.Normalise(Decimal(filter, "minQty")),
        BinanceDecimal.Normalise(Decimal(filter, "maxQty")),
        BinanceDecimal.Normalise(Decimal(filter, "stepSize")));

    private static (decimal Min, decimal Max) ReadNotional(Dictionary<string, JsonElement> filters)
    {
        if (filters.TryGetValue("NOTIONAL", out var notional))
        {
            return (BinanceDecimal.Normalise(Decimal(notional, "minNotional", required: false)),
                NoLimitWhenZero(Decimal(notional, "maxNotional", required: false)));
        }

        if (filters.TryGetValue("MIN_NOTIONAL", out var min))
        {
            // Spot names the field minNotional; USDⓈ-M futures name it notional.
            var value = Optional(min, "minNotional") ?? Required(min, "notional");
            return (BinanceDecimal.Normalise(DecimalValue(value, "minNotional")), decimal.MaxValue);
        }

        return (0m, decimal.MaxValue);
    }

    private static (decimal BidUp, decimal BidDown, decimal AskUp, decimal AskDown)? ReadBand(Dictionary<string, JsonElement> filters)
    {
        if (filters.TryGetValue("PERCENT_PRICE_BY_SIDE", out var bySide))
        {
            return (Decimal(bySide, "bidMultiplierUp"), Decimal(bySide, "bidMultiplierDown"),
                Decimal(bySide, "askMultiplierUp"), Decimal(bySide, "askMultiplierDown"));
        }

        if (filters.TryGetValue("PERCENT_PRICE", out var symmetric))
        {
            var up = Decimal(symmetric, "multiplierUp");
            var down = Decimal(symmetric, "multiplierDown");
            return (up, down, up, down);
        }

        return null;
    }

    // Spot names the field maxNumOrders; USDⓈ-M futures name it limit.
    private static int? ReadMaxOrders(Dictionary<string, JsonElement> filters) =>
        filters.TryGetValue("MAX_NUM_ORDERS", out var f)
            ? checked((int)Long(Optional(f, "maxNumOrders") ?? Required(f, "limit"), "maxNumOrders"))
            : null;

    private static decimal NoLimitWhenZero(decimal value) => value == 0m ? decimal.MaxValue : BinanceDecimal.Normalise(value);

    // SymbolRules and PercentPriceBand guard their invariants by throwing (bugs); venue data is checked here first.
    private static string? RulesProblem(
        decimal tick, decimal step, decimal minQty, decimal maxQty, decimal minNotional, decimal maxNotional, int? maxOrders,
        (decimal BidUp, decimal BidDown, decimal AskUp, decimal AskDown)? band) =>
        tick <= 0m ? "tickSize is 0 (price rule disabled)"
        : step <= 0m ? "stepSize is 0 (quantity rule disabled)"
        : minQty < 0m || minQty > maxQty ? $"minQty {minQty} outside [0, maxQty {maxQty}]"
        : minNotional < 0m || minNotional > maxNotional ? $"minNotional {minNotional} outside [0, maxNotional {maxNotional}]"
        : maxOrders is <= 0 ? $"maxNumOrders {maxOrders} is not positive"
        : band is { } b && (b.BidDown <= 0m || b.AskDown <= 0m || b.BidDown > b.BidUp || b.AskDown > b.AskUp)
            ? "percent-price multipliers are not 0 < down ≤ up"
        : null;
}
