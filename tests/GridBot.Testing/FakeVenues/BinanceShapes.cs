using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>Binance JSON shapes: numbers as strings (spot: 8 decimals; futures: the symbol's precision), times as numbers.</summary>
internal static class BinanceShapes
{
    public static string Price(FakeMarket market, decimal price) =>
        market.Type == MarketType.Spot ? Wire.F8(price) : Wire.Fixed(price, Wire.Scale(market.Rules.TickSize));

    public static string Quantity(FakeMarket market, decimal quantity) =>
        market.Type == MarketType.Spot ? Wire.F8(quantity) : Wire.Fixed(quantity, Wire.Scale(market.Rules.StepSize));

    public static object SpotSymbol(FakeMarket market, FakeBinanceOptions options)
    {
        var rules = market.Rules;
        var filters = new List<object>
        {
            new { filterType = "PRICE_FILTER", minPrice = Wire.F8(options.MinPrice), maxPrice = Wire.F8(options.MaxPrice), tickSize = Wire.F8(rules.TickSize) },
            new { filterType = "LOT_SIZE", minQty = Wire.F8(rules.MinQuantity), maxQty = Wire.F8(rules.MaxQuantity), stepSize = Wire.F8(rules.StepSize) },
            new { filterType = "ICEBERG_PARTS", limit = 10 },
            new { filterType = "MARKET_LOT_SIZE", minQty = Wire.F8(0m), maxQty = Wire.F8(rules.MaxQuantity), stepSize = Wire.F8(0m) },
            new { filterType = "TRAILING_DELTA", minTrailingAboveDelta = 10, maxTrailingAboveDelta = 2000, minTrailingBelowDelta = 10, maxTrailingBelowDelta = 2000 },
        };
        if (rules.PercentPrice is { } band)
        {
            filters.Add(new
            {
                filterType = "PERCENT_PRICE_BY_SIDE",
                bidMultiplierUp = Wire.Plain(band.BidMultiplierUp),
                bidMultiplierDown = Wire.Plain(band.BidMultiplierDown),
                askMultiplierUp = Wire.Plain(band.AskMultiplierUp),
                askMultiplierDown = Wire.Plain(band.AskMultiplierDown),
                avgPriceMins = 5,
            });
        }

        filters.Add(new
        {
            filterType = "NOTIONAL",
            minNotional = Wire.F8(rules.MinNotional),
            applyMinToMarket = true,
            maxNotional = Wire.F8(Math.Min(rules.MaxNotional, 9_000_000_000m)),
            applyMaxToMarket = false,
            avgPriceMins = 5,
        });
        if (rules.MaxOpenOrders is { } max)
        {
            filters.Add(new { filterType = "MAX_NUM_ORDERS", maxNumOrders = max });
        }

        filters.Add(new { filterType = "MAX_NUM_ALGO_ORDERS", maxNumAlgoOrders = 5 });
        return new
        {
            symbol = rules.Symbol.Name, status = market.HaltedStatus ?? "TRADING", baseAsset = market.BaseAsset, baseAssetPrecision = 8, quoteAsset = market.QuoteAsset,
            quotePrecision = 8, quoteAssetPrecision = 8, baseCommissionPrecision = 8, quoteCommissionPrecision = 8,
            orderTypes = new[] { "LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS_LIMIT", "TAKE_PROFIT_LIMIT" },
            icebergAllowed = true, ocoAllowed = true, quoteOrderQtyMarketAllowed = true, allowTrailingStop = true,
            cancelReplaceAllowed = true, isSpotTradingAllowed = true, isMarginTradingAllowed = true,
            filters, permissions = Array.Empty<string>(), permissionSets = new[] { new[] { "SPOT", "MARGIN" } },
            defaultSelfTradePreventionMode = "EXPIRE_MAKER",
            allowedSelfTradePreventionModes = new[] { "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH" },
        };
    }

    public static object FuturesSymbol(FakeMarket market, FakeBinanceOptions options)
    {
        var rules = market.Rules;
        var filters = new List<object>
        {
            new { filterType = "PRICE_FILTER", minPrice = Wire.Plain(options.MinPrice), maxPrice = Wire.Plain(options.MaxPrice), tickSize = Wire.Plain(rules.TickSize) },
            new { filterType = "LOT_SIZE", minQty = Wire.Plain(rules.MinQuantity), maxQty = Wire.Plain(rules.MaxQuantity), stepSize = Wire.Plain(rules.StepSize) },
            new { filterType = "MARKET_LOT_SIZE", minQty = Wire.Plain(rules.MinQuantity), maxQty = Wire.Plain(rules.MaxQuantity), stepSize = Wire.Plain(rules.StepSize) },
            new { filterType = "MAX_NUM_ORDERS", limit = rules.MaxOpenOrders ?? 200 },
            new { filterType = "MAX_NUM_ALGO_ORDERS", limit = 10 },
            new { filterType = "MIN_NOTIONAL", notional = Wire.Plain(rules.MinNotional) },
            new { filterType = "PERCENT_PRICE", multiplierUp = "1.0500", multiplierDown = "0.9500", multiplierDecimal = "4" },
        };
        return new
        {
            symbol = rules.Symbol.Name, pair = rules.Symbol.Name, contractType = "PERPETUAL", deliveryDate = 4_133_404_800_000L,
            onboardDate = 1_569_398_400_000L, status = market.HaltedStatus ?? "TRADING", maintMarginPercent = "2.5000", requiredMarginPercent = "5.0000",
            baseAsset = market.BaseAsset, quoteAsset = market.QuoteAsset, marginAsset = market.QuoteAsset,
            pricePrecision = Wire.Scale(rules.TickSize), quantityPrecision = Wire.Scale(rules.StepSize), baseAssetPrecision = 8,
            quotePrecision = 8, underlyingType = "COIN", settlePlan = 0, triggerProtect = "0.0500", liquidationFee = "0.012500",
            marketTakeBound = "0.05", maxMoveOrderLimit = 10000, filters,
            orderTypes = new[] { "LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET" },
            timeInForce = new[] { "GTC", "IOC", "FOK", "GTX", "GTD" },
        };
    }
}
