namespace GridBot.Exchanges.Tests.Binance;

/// <summary>Recorded and documented Binance payloads (api-facts.md sections 1.4, 1.7, 2.3), verbatim where published.</summary>
internal static class BinancePayloads
{
    public const string BtcUsdtSymbol = """
        {"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","baseAssetPrecision":8,"quoteAsset":"USDT","quotePrecision":8,"quoteAssetPrecision":8,"baseCommissionPrecision":8,"quoteCommissionPrecision":8,
        "orderTypes":["LIMIT","LIMIT_MAKER","MARKET","STOP_LOSS_LIMIT","TAKE_PROFIT_LIMIT"],
        "icebergAllowed":true,"ocoAllowed":true,"quoteOrderQtyMarketAllowed":true,"allowTrailingStop":true,"cancelReplaceAllowed":true,"isSpotTradingAllowed":true,"isMarginTradingAllowed":true,
        "filters":[
        {"filterType":"PRICE_FILTER","minPrice":"0.01000000","maxPrice":"1000000.00000000","tickSize":"0.01000000"},
        {"filterType":"LOT_SIZE","minQty":"0.00001000","maxQty":"9000.00000000","stepSize":"0.00001000"},
        {"filterType":"ICEBERG_PARTS","limit":10},
        {"filterType":"MARKET_LOT_SIZE","minQty":"0.00000000","maxQty":"97.92836420","stepSize":"0.00000000"},
        {"filterType":"TRAILING_DELTA","minTrailingAboveDelta":10,"maxTrailingAboveDelta":2000,"minTrailingBelowDelta":10,"maxTrailingBelowDelta":2000},
        {"filterType":"PERCENT_PRICE_BY_SIDE","bidMultiplierUp":"5","bidMultiplierDown":"0.2","askMultiplierUp":"5","askMultiplierDown":"0.2","avgPriceMins":5},
        {"filterType":"NOTIONAL","minNotional":"5.00000000","applyMinToMarket":true,"maxNotional":"9000000.00000000","applyMaxToMarket":false,"avgPriceMins":5},
        {"filterType":"MAX_NUM_ORDERS","maxNumOrders":200},{"filterType":"MAX_NUM_ALGO_ORDERS","maxNumAlgoOrders":5}],
        "permissions":["SPOT","MARGIN","TRD_GRP_004", "...(TRD_GRP_005..TRD_GRP_025)"],
        "defaultSelfTradePreventionMode":"EXPIRE_MAKER","allowedSelfTradePreventionModes":["EXPIRE_TAKER","EXPIRE_MAKER","EXPIRE_BOTH"]}
        """;

    public const string RateLimits = """
        "rateLimits":[
         {"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000},
         {"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":100},
         {"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":200000},
         {"rateLimitType":"RAW_REQUESTS","interval":"MINUTE","intervalNum":5,"limit":61000}]
        """;

    public const string SpotExchangeInfo =
        """{"timezone":"UTC","serverTime":1711272981650,""" + RateLimits + ""","exchangeFilters":[],"symbols":[""" + BtcUsdtSymbol + "]}";

    public const string Klines = """
        [
          [1499040000000, "0.01634790", "0.80000000", "0.01575800", "0.01577100", "148976.11427815", 1499644799999,
           "2434.19055334", 308, "1756.87402397", "28.46694368", "0"]
        ]
        """;

    /// <summary>The official one-way example with the doc's stray double comma removed.</summary>
    public const string PositionRiskOneWayFlat = """
        [ { "entryPrice": "0.00000", "breakEvenPrice": "0.0", "marginType": "isolated", "isAutoAddMargin": "false",
            "isolatedMargin": "0.00000000", "leverage": "10", "liquidationPrice": "0", "markPrice": "6679.50671178",
            "maxNotionalValue": "20000000", "positionAmt": "0.000", "notional": "0", "isolatedWallet": "0",
            "symbol": "BTCUSDT", "unRealizedProfit": "0.00000000", "positionSide": "BOTH", "updateTime": 0 } ]
        """;

    public const string PositionRiskHedge = """
        [ { "symbol": "BTCUSDT", "positionAmt": "0.001", "entryPrice": "22185.2", "breakEvenPrice": "0.0",
            "markPrice": "21123.05052574", "unRealizedProfit": "-1.06214947", "liquidationPrice": "19731.45529116",
            "leverage": "4", "maxNotionalValue": "100000000", "marginType": "cross", "isolatedMargin": "0.00000000",
            "isAutoAddMargin": "false", "positionSide": "LONG", "notional": "21.12305052", "isolatedWallet": "0",
            "updateTime": 1655217461579 },
          { "symbol": "BTCUSDT", "positionAmt": "0.000", "entryPrice": "0.0", "breakEvenPrice": "0.0",
            "markPrice": "21123.05052574", "unRealizedProfit": "0.00000000", "liquidationPrice": "0", "leverage": "4",
            "maxNotionalValue": "100000000", "marginType": "cross", "isolatedMargin": "0.00000000", "isAutoAddMargin": "false",
            "positionSide": "SHORT", "notional": "0", "isolatedWallet": "0", "updateTime": 0 } ]
        """;

    /// <summary>Spot POST /api/v3/order with newOrderRespType=RESULT (documented shape; values from the LTCBTC example).</summary>
    public const string SpotNewOrderResult = """
        {"symbol":"LTCBTC","orderId":28,"orderListId":-1,"clientOrderId":"6gCrw2kRUAF9CvJDGP16IP","transactTime":1507725176595,
         "price":"0.10000000","origQty":"1.00000000","executedQty":"0.00000000","origQuoteOrderQty":"0.000000",
         "cummulativeQuoteQty":"0.00000000","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"BUY",
         "workingTime":1507725176595,"selfTradePreventionMode":"NONE"}
        """;

    /// <summary>Spot DELETE /api/v3/order: clientOrderId is the cancel request's id, origClientOrderId the order's.</summary>
    public const string SpotCancel = """
        {"symbol":"LTCBTC","origClientOrderId":"myOrder1","orderId":4,"orderListId":-1,"clientOrderId":"cancelMyOrder1",
         "transactTime":1684804350068,"price":"2.00000000","origQty":"1.00000000","executedQty":"0.00000000",
         "cummulativeQuoteQty":"0.00000000","status":"CANCELED","timeInForce":"GTC","type":"LIMIT","side":"BUY",
         "selfTradePreventionMode":"NONE"}
        """;

    /// <summary>Futures GET /fapi/v1/order (documented shape).</summary>
    public const string FuturesOrder = """
        {"avgPrice":"0.00000","clientOrderId":"abc","cumQuote":"0","executedQty":"0.002","orderId":1917641,"origQty":"0.40",
         "origType":"LIMIT","price":"9300.5","reduceOnly":true,"side":"SELL","positionSide":"BOTH","status":"PARTIALLY_FILLED",
         "stopPrice":"0","closePosition":false,"symbol":"BTCUSDT","time":1579276756075,"timeInForce":"GTX","type":"LIMIT",
         "updateTime":1579276756999,"workingType":"CONTRACT_PRICE","priceProtect":false,"priceMatch":"NONE",
         "selfTradePreventionMode":"NONE","goodTillDate":0}
        """;

    /// <summary>Spot GET /api/v3/myTrades (documented shape).</summary>
    public const string SpotMyTrades = """
        [{"symbol":"BNBBTC","id":28457,"orderId":100234,"orderListId":-1,"price":"4.00000100","qty":"12.00000000",
          "quoteQty":"48.000012","commission":"10.10000000","commissionAsset":"BNB","time":1499865549590,
          "isBuyer":true,"isMaker":false,"isBestMatch":true},
         {"symbol":"BNBBTC","id":28458,"orderId":100235,"orderListId":-1,"price":"4.10000000","qty":"1.00000000",
          "quoteQty":"4.1","commission":"0.00000410","commissionAsset":"BTC","time":1499865549999,
          "isBuyer":false,"isMaker":true,"isBestMatch":true}]
        """;

    /// <summary>Futures GET /fapi/v1/userTrades (documented shape).</summary>
    public const string FuturesUserTrades = """
        [{"buyer":false,"commission":"-0.07819010","commissionAsset":"USDT","id":698759,"maker":false,"orderId":25851813,
          "price":"7819.01","qty":"0.002","quoteQty":"15.63802","realizedPnl":"-0.91539999","side":"SELL",
          "positionSide":"SHORT","symbol":"BTCUSDT","time":1569514978020}]
        """;
}
