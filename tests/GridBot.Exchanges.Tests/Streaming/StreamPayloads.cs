namespace GridBot.Exchanges.Tests.Streaming;

internal static class StreamPayloads
{
    public static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1_750_000_000_000);

    /// <summary>The B-HMAC-1 key from api-facts section 7, used here as a secret.</summary>
    public const string Secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    public const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

    /// <summary>api-facts 1.9, the official executionReport example (the doc's missing comma after "J" restored).</summary>
    public const string ExecutionReportNew = """
        {"e":"executionReport","E":1499405658658,"s":"ETHBTC","c":"mUvoqJxFIILMdfAW5iGSOW","S":"BUY","o":"LIMIT","f":"GTC",
         "q":"1.00000000","p":"0.10264410","P":"0.00000000","d":4,"F":"0.00000000","g":-1,"C":"","x":"NEW","X":"NEW",
         "r":"NONE","i":4293153,"l":"0.00000000","z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405658657,
         "t":-1,"I":8641984,"w":true,"m":false,"M":false,"O":1499405658657,"Z":"0.00000000","Y":"0.00000000",
         "Q":"0.00000000","D":1668680518494,"j":1,"J":1000000,"W":1499405658657,"V":"NONE"}
        """;

    /// <summary>The same order partly filled as maker, fee in BNB.</summary>
    public const string ExecutionReportTrade = """
        {"e":"executionReport","E":1499405700000,"s":"ETHBTC","c":"mUvoqJxFIILMdfAW5iGSOW","S":"BUY","o":"LIMIT","f":"GTC",
         "q":"1.00000000","p":"0.10264410","C":"","x":"TRADE","X":"PARTIALLY_FILLED","r":"NONE","i":4293153,
         "l":"0.40000000","z":"0.40000000","L":"0.10264410","n":"0.00012000","N":"BNB","T":1499405699999,"t":77001,
         "w":true,"m":true,"O":1499405658657,"Z":"0.04105764","Y":"0.04105764","Q":"0.00000000"}
        """;

    /// <summary>A cancel: "c" is the cancel request's id, "C" the order's own.</summary>
    public const string ExecutionReportCanceled = """
        {"e":"executionReport","E":1499405800000,"s":"ETHBTC","c":"cancel-req-9","S":"SELL","o":"LIMIT_MAKER","f":"GTC",
         "q":"2.00000000","p":"0.11000000","C":"grid-1-s-0007","x":"CANCELED","X":"CANCELED","r":"NONE","i":4293160,
         "l":"0.00000000","z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405799999,"t":-1,"m":false}
        """;

    public const string ExecutionReportStopLoss = """
        {"e":"executionReport","E":1,"s":"ETHBTC","c":"x","S":"SELL","o":"STOP_LOSS_LIMIT","f":"GTC","q":"1","p":"0.09",
         "C":"","x":"NEW","X":"NEW","i":5,"l":"0","z":"0","L":"0","n":"0","N":null,"T":1,"t":-1,"m":false}
        """;

    public static string Wrapped(string executionReport) => $$"""{"subscriptionId":0,"event":{{executionReport}}}""";

    public const string BookTicker = """
        {"stream":"btcusdt@bookTicker","data":{"u":400900217,"s":"BTCUSDT","b":"65000.10000000","B":"31.21000000","a":"65000.30000000","A":"40.66000000"}}
        """;

    public const string KlineClosed = """
        {"stream":"btcusdt@kline_1m","data":{"e":"kline","E":1750000060001,"s":"BTCUSDT","k":{"t":1750000000000,"T":1750000059999,
         "s":"BTCUSDT","i":"1m","f":100,"L":200,"o":"65000.0","c":"65010.5","h":"65020.0","l":"64990.0","v":"12.5","n":100,"x":true,
         "q":"812500.0","V":"6.0","Q":"390000.0","B":"0"}}}
        """;

    public const string KlineOpen = """
        {"stream":"btcusdt@kline_1m","data":{"e":"kline","E":1750000030000,"s":"BTCUSDT","k":{"t":1750000000000,"T":1750000059999,
         "s":"BTCUSDT","i":"1m","o":"65000.0","c":"65005.0","h":"65010.0","l":"64995.0","v":"6.1","x":false}}}
        """;

    public const string BybitOrderbook = """
        {"topic":"orderbook.1.BTCUSDT","type":"snapshot","ts":1672304484978,"data":{"s":"BTCUSDT","b":[["16493.50","0.006"]],
         "a":[["16611.00","0.029"]],"u":18521288,"seq":7961638724},"cts":1672304484976}
        """;

    public const string BybitTicker = """
        {"topic":"tickers.BTCUSDT","ts":1672304486868,"type":"snapshot","cs":24987956059,"data":{"symbol":"BTCUSDT",
         "lastPrice":"16597.00","highPrice24h":"17169.00","lowPrice24h":"16500.00","volume24h":"1.2","usdIndexPrice":"16598.1"}}
        """;

    public const string BybitKline = """
        {"topic":"kline.1.BTCUSDT","data":[{"start":1672324800000,"end":1672324859999,"interval":"1","open":"16649.5",
         "close":"16677","high":"16677","low":"16608","volume":"2.081","turnover":"34666.4005","confirm":true,
         "timestamp":1672324860001},{"start":1672324860000,"end":1672324919999,"interval":"1","open":"16677","close":"16680",
         "high":"16681","low":"16676","volume":"0.1","turnover":"1668","confirm":false,"timestamp":1672324861000}],
         "ts":1672324861000,"type":"snapshot"}
        """;
}
