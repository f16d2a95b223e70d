using System.Text.Json;

namespace GridBot.Exchanges.Tests.Bybit;

/// <summary>Bybit v5 payloads: "api-facts" ones are the official examples quoted in reference/api-facts.md section 3; the others are hand-written in the documented shapes.</summary>
internal static class BybitPayloads
{
    /// <summary>api-facts 3.3 (GET /v5/market/kline, inverse BTCUSD, newest first).</summary>
    public const string KlineEnvelope = """
        {"retCode":0,"retMsg":"OK","result":{"symbol":"BTCUSD","category":"inverse","list":[
          ["1670608800000","17071","17073","17027","17055.5","268611","15.74462667"],
          ["1670605200000","17071.5","17071.5","17061","17071","4177","0.24469757"],
          ["1670601600000","17086.5","17088","16978","17071.5","6356","0.37288112"]]},
         "retExtInfo":{},"time":1672025956592}
        """;

    /// <summary>api-facts 3.4 spot BTCUSDT instrument, wrapped in a result list.</summary>
    public const string SpotInstruments = """
        {"category":"spot","list":[
        {"symbolId":9,"symbol":"BTCUSDT","baseCoin":"BTC","quoteCoin":"USDT","innovation":"0","status":"Trading",
         "marginTrading":"utaOnly","stTag":"0",
         "lotSizeFilter":{"basePrecision":"0.000001","quotePrecision":"0.0000001","minOrderQty":"0.000011","maxOrderQty":"83",
           "minOrderAmt":"5","maxOrderAmt":"8000000","maxLimitOrderQty":"83","maxMarketOrderQty":"41.5","postOnlyMaxLimitOrderSize":"60000"},
         "priceFilter":{"tickSize":"0.1"},
         "riskParameters":{"priceLimitRatioX":"0.005","priceLimitRatioY":"0.01"},"symbolType":""}]}
        """;

    /// <summary>api-facts 3.4 linear BTCUSDT perpetual, wrapped in a result list after another symbol.</summary>
    public const string LinearInstruments = """
        {"category":"linear","list":[
        {"symbol":"ETHUSDT","priceFilter":{"tickSize":"0.01"},"lotSizeFilter":{"qtyStep":"0.01","minOrderQty":"0.01","maxOrderQty":"7240.00","minNotionalValue":"5"}},
        {"symbol":"BTCUSDT","symbolId":5,"contractType":"LinearPerpetual","status":"Trading","baseCoin":"BTC","quoteCoin":"USDT",
         "launchTime":"1585526400000","deliveryTime":"0","deliveryFeeRate":"","priceScale":"2",
         "leverageFilter":{"minLeverage":"1","maxLeverage":"100.00","leverageStep":"0.01"},
         "priceFilter":{"minPrice":"0.10","maxPrice":"1999999.80","tickSize":"0.10"},
         "lotSizeFilter":{"maxOrderQty":"1190.000","minOrderQty":"0.001","qtyStep":"0.001","postOnlyMaxOrderQty":"1190.000",
           "maxMktOrderQty":"500.000","minNotionalValue":"5"},
         "unifiedMarginTrade":true,"fundingInterval":480,"settleCoin":"USDT","copyTrading":"both",
         "upperFundingRate":"0.00375","lowerFundingRate":"-0.00375","isPreListing":false,"preListingInfo":null,
         "riskParameters":{"priceLimitRatioX":"0.01","priceLimitRatioY":"0.02"},"symbolType":""}],"nextPageCursor":""}
        """;

    /// <summary>api-facts 3.7 execution frame (linear XRPUSDT, taker sell, no feeCurrency).</summary>
    public const string WsExecution = """
        {"id":"592324803b2785-26fa-4214-9963-bdd4727f07be","topic":"execution","creationTime":1672364174455,
         "data":[{"category":"linear","symbol":"XRPUSDT","execFee":"0.005061","execId":"7e2ae69c-4edf-5800-a352-893d52b446aa",
           "execPrice":"0.3374","execQty":"25","execType":"Trade","execValue":"8.435","isMaker":false,"feeRate":"0.0006",
           "tradeIv":"","markIv":"","blockTradeId":"","markPrice":"0.3391","indexPrice":"","underlyingPrice":"","leavesQty":"0",
           "orderId":"f6e324ff-99c2-4e89-9739-3086e47f9381","orderLinkId":"","orderPrice":"0.3207","orderQty":"25",
           "orderType":"Market","stopOrderType":"UNKNOWN","side":"Sell","execTime":"1672364174443","isLeverage":"0"}]}
        """;

    /// <summary>api-facts 3.7 order frame (an option order: not a category the bot trades).</summary>
    public const string WsOptionOrder = """
        {"id":"5923240c6880ab-c59f-420b-9adb-3639adc9dd90","topic":"order","creationTime":1672364262474,
         "data":[{"symbol":"ETH-30DEC22-1400-C","orderId":"5cf98598-39a7-459e-97bf-76ca765ee020","side":"Sell","orderType":"Market",
           "cancelType":"UNKNOWN","price":"72.5","qty":"1","orderIv":"","timeInForce":"IOC","orderStatus":"Filled","orderLinkId":"",
           "lastPriceOnCreated":"","reduceOnly":false,"leavesQty":"","leavesValue":"","cumExecQty":"1","cumExecValue":"75",
           "avgPrice":"75","blockTradeId":"","positionIdx":0,"cumExecFee":"0.358635","closedPnl":"0",
           "createdTime":"1672364262444","updatedTime":"1672364262457","rejectReason":"EC_NoError","category":"option","smpType":"None"}]}
        """;

    /// <summary>The api-facts order frame's fields, on a spot BTCUSDT post-only grid order, partly filled.</summary>
    public const string WsSpotOrder = """
        {"id":"1","topic":"order.spot","creationTime":1672364262474,
         "data":[{"category":"spot","symbol":"BTCUSDT","orderId":"1536400000000000001","side":"Buy","orderType":"Limit",
           "price":"25000.50","qty":"0.0100","timeInForce":"PostOnly","orderStatus":"PartiallyFilled","orderLinkId":"grid-1-b-0001",
           "reduceOnly":false,"leavesQty":"0.006","cumExecQty":"0.004","avgPrice":"25000.5","createdTime":"1672364262444",
           "updatedTime":"1672364262457","rejectReason":"EC_NoError"}]}
        """;

    public const string SpotOrderItem = """
        {"orderId":"1536400000000000002","orderLinkId":"grid-1-s-0002","symbol":"BTCUSDT","price":"26000.00","qty":"0.010000",
         "side":"Sell","isLeverage":"0","positionIdx":0,"orderStatus":"New","cancelType":"UNKNOWN","rejectReason":"EC_NoError",
         "avgPrice":"","leavesQty":"0.01","leavesValue":"260","cumExecQty":"0","cumExecValue":"0","cumExecFee":"0",
         "timeInForce":"GTC","orderType":"Limit","stopOrderType":"","reduceOnly":false,"createdTime":"1684738540559",
         "updatedTime":"1684738540561"}
        """;

    /// <summary>execution/list result, newest first as Bybit lists it, with a funding entry that is not a trade.</summary>
    public const string LinearExecutions = """
        {"category":"linear","list":[
         {"symbol":"BTCUSDT","orderType":"Limit","orderLinkId":"grid-7-s-0003","side":"Sell","orderId":"o-3","execTime":"1700000003000",
          "feeCurrency":"","isMaker":true,"execFee":"0.0052","execId":"e-3","execPrice":"26000.1","execQty":"0.002","execType":"Trade"},
         {"symbol":"BTCUSDT","orderType":"UNKNOWN","orderLinkId":"","side":"Buy","orderId":"","execTime":"1700000002000",
          "isMaker":false,"execFee":"0.01","execId":"e-f","execPrice":"25990","execQty":"0.004","execType":"Funding"},
         {"symbol":"BTCUSDT","orderType":"Limit","orderLinkId":"grid-7-b-0002","side":"Buy","orderId":"o-2","execTime":"1700000001000",
          "isMaker":true,"execFee":"0.0051","execId":"e-2","execPrice":"25500","execQty":"0.002","execType":"Trade"}],
         "nextPageCursor":""}
        """;

    /// <summary>Unified wallet-balance result (list[0].coin[]).</summary>
    public const string WalletBalance = """
        {"list":[{"totalEquity":"3.31216591","accountType":"UNIFIED","totalWalletBalance":"3.00326056","coin":[
          {"availableToBorrow":"","bonus":"0","accruedInterest":"0","availableToWithdraw":"","totalOrderIM":"0","equity":"0.5",
           "usdValue":"13000","unrealisedPnl":"0","walletBalance":"0.50000000","locked":"0.1","coin":"BTC"},
          {"availableToBorrow":"","walletBalance":"1500.25","locked":"","coin":"USDT"}]}]}
        """;

    public const string Positions = """
        {"category":"linear","list":[
          {"positionIdx":0,"symbol":"BTCUSDT","side":"Sell","size":"0.015","avgPrice":"27464.50","markPrice":"28224.50",
           "liqPrice":"","leverage":"10","unrealisedPnl":"-11.40","positionStatus":"Normal","updatedTime":"1684742400015"}],
         "nextPageCursor":""}
        """;

    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
