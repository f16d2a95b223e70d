using GridBot.Core.Market;

namespace GridBot.Testing.FakeVenues;

/// <summary>Bybit v5 JSON: every number a string, times as strings, "Buy"/"Sell", statuses like "Cancelled".</summary>
internal static class BybitShapes
{
    public static string Side(OrderSide side) => side == OrderSide.Buy ? "Buy" : "Sell";

    public static string Status(FakeOrder order) => order.Status switch
    {
        FakeOrderStatus.New => "New",
        FakeOrderStatus.PartiallyFilled => "PartiallyFilled",
        FakeOrderStatus.Filled => "Filled",
        _ when order.FilledQuantity > 0m => "PartiallyFilledCanceled",
        _ => "Cancelled",
    };

    public static string TimeInForce(FakeTimeInForce tif) => tif switch
    {
        FakeTimeInForce.Ioc => "IOC",
        FakeTimeInForce.Fok => "FOK",
        FakeTimeInForce.PostOnly => "PostOnly",
        _ => "GTC",
    };

    public static object SpotInstrument(FakeMarket market) => new
    {
        symbolId = 9, symbol = market.Rules.Symbol.Name, baseCoin = market.BaseAsset, quoteCoin = market.QuoteAsset, innovation = "0",
        status = market.HaltedStatus ?? "Trading", marginTrading = "utaOnly", stTag = "0",
        lotSizeFilter = new
        {
            basePrecision = Wire.Plain(market.Rules.StepSize), quotePrecision = "0.0000001", minOrderQty = Wire.Plain(market.Rules.MinQuantity),
            maxOrderQty = Wire.Plain(market.Rules.MaxQuantity), minOrderAmt = Wire.Plain(market.Rules.MinNotional),
            maxOrderAmt = Wire.Plain(Math.Min(market.Rules.MaxNotional, 1_000_000_000m)), maxLimitOrderQty = Wire.Plain(market.Rules.MaxQuantity),
            maxMarketOrderQty = Wire.Plain(market.Rules.MaxQuantity / 2m), postOnlyMaxLimitOrderSize = "60000",
        },
        priceFilter = new { tickSize = Wire.Plain(market.Rules.TickSize) },
        riskParameters = new { priceLimitRatioX = "0.005", priceLimitRatioY = "0.01" },
        symbolType = string.Empty,
    };

    public static object LinearInstrument(FakeMarket market) => new
    {
        symbol = market.Rules.Symbol.Name, symbolId = 5, contractType = "LinearPerpetual", status = market.HaltedStatus ?? "Trading",
        baseCoin = market.BaseAsset, quoteCoin = market.QuoteAsset, launchTime = "1585526400000", deliveryTime = "0",
        deliveryFeeRate = string.Empty, priceScale = Wire.Ms(Wire.Scale(market.Rules.TickSize)),
        leverageFilter = new { minLeverage = "1", maxLeverage = "100.00", leverageStep = "0.01" },
        priceFilter = new { minPrice = Wire.Plain(market.Rules.TickSize), maxPrice = "1999999.80", tickSize = Wire.Plain(market.Rules.TickSize) },
        lotSizeFilter = new
        {
            maxOrderQty = Wire.Plain(market.Rules.MaxQuantity), minOrderQty = Wire.Plain(market.Rules.MinQuantity),
            qtyStep = Wire.Plain(market.Rules.StepSize), postOnlyMaxOrderQty = Wire.Plain(market.Rules.MaxQuantity),
            maxMktOrderQty = Wire.Plain(market.Rules.MaxQuantity), minNotionalValue = Wire.Plain(market.Rules.MinNotional),
        },
        unifiedMarginTrade = true, fundingInterval = 480, settleCoin = market.QuoteAsset, copyTrading = "both",
        upperFundingRate = "0.00375", lowerFundingRate = "-0.00375", isPreListing = false, preListingInfo = (object?)null,
        riskParameters = new { priceLimitRatioX = "0.01", priceLimitRatioY = "0.02" }, symbolType = string.Empty,
    };

    public static object Order(FakeMarket market, FakeOrder o) => new
    {
        orderId = Wire.Ms(o.Id), orderLinkId = o.ClientOrderId, blockTradeId = string.Empty, symbol = market.Rules.Symbol.Name,
        price = o.Type == FakeOrderType.Market ? "0" : Wire.Plain(o.Price), qty = Wire.Plain(o.Quantity), side = Side(o.Side),
        isLeverage = string.Empty, positionIdx = 0, orderStatus = Status(o), createType = "CreateByUser",
        cancelType = o.Status == FakeOrderStatus.Canceled ? "CancelByUser" : "UNKNOWN", rejectReason = o.CancelReason ?? "EC_NoError",
        avgPrice = o.FilledQuantity == 0m ? string.Empty : Wire.Plain(o.AveragePrice),
        leavesQty = Wire.Plain(o.IsOpen ? o.Remaining : 0m), leavesValue = Wire.Plain(o.IsOpen ? o.Remaining * o.Price : 0m),
        cumExecQty = Wire.Plain(o.FilledQuantity), cumExecValue = Wire.Plain(o.CumulativeQuote), cumExecFee = Wire.Plain(o.CumulativeFee),
        timeInForce = TimeInForce(o.TimeInForce), orderType = o.Type == FakeOrderType.Market ? "Market" : "Limit",
        stopOrderType = string.Empty, orderIv = string.Empty, triggerPrice = "0", takeProfit = string.Empty, stopLoss = string.Empty,
        triggerDirection = 0, reduceOnly = o.ReduceOnly, closeOnTrigger = false, smpType = "None", smpGroup = 0,
        smpOrderId = string.Empty, createdTime = Wire.Ms(o.CreatedMs), updatedTime = Wire.Ms(o.UpdatedMs),
    };

    public static object Execution(FakeMarket market, FakeOrder? order, FakeFill f) => new
    {
        symbol = market.Rules.Symbol.Name, orderId = Wire.Ms(f.OrderId), orderLinkId = f.ClientOrderId, side = Side(f.Side),
        orderPrice = Wire.Plain(order?.Price ?? f.Price), orderQty = Wire.Plain(order?.Quantity ?? f.Quantity),
        leavesQty = Wire.Plain(order?.Remaining ?? 0m), createType = "CreateByUser",
        orderType = order?.Type == FakeOrderType.Market ? "Market" : "Limit", stopOrderType = string.Empty,
        execFee = Wire.Plain(f.Commission), feeCurrency = f.CommissionAsset, execId = Wire.Ms(f.TradeId), execPrice = Wire.Plain(f.Price),
        execQty = Wire.Plain(f.Quantity), execType = "Trade", execValue = Wire.Plain(f.QuoteQuantity), execTime = Wire.Ms(f.TimeMs),
        isMaker = f.IsMaker, feeRate = Wire.Plain(f.IsMaker ? market.Settings.MakerFeeRate : market.Settings.TakerFeeRate),
        tradeIv = string.Empty, markIv = string.Empty, markPrice = Wire.Plain(market.LastPrice), indexPrice = string.Empty,
        underlyingPrice = string.Empty, blockTradeId = string.Empty, closedSize = "0", execPnl = Wire.Plain(f.RealizedPnl), seq = f.TradeId,
    };
}
