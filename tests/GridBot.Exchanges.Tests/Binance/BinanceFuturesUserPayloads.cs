namespace GridBot.Exchanges.Tests.Binance;

/// <summary>USDⓈ-M user data stream payloads (developers.binance.com, derivatives/usds-margined-futures/user-data-streams).</summary>
internal static class BinanceFuturesUserPayloads
{
    /// <summary>The official "Event: Order Update" example (a trailing stop, so not a grid order), comments removed.</summary>
    public const string DocumentedExample = """
        {"e":"ORDER_TRADE_UPDATE","E":1568879465651,"T":1568879465650,"o":{"s":"BTCUSDT","c":"TEST","S":"SELL",
         "o":"TRAILING_STOP_MARKET","f":"GTC","q":"0.001","p":"0","ap":"0","sp":"7103.04","x":"NEW","X":"NEW","i":8886774,
         "l":"0","z":"0","L":"0","N":"USDT","n":"0","T":1568879465650,"t":0,"b":"0","a":"9.91","m":false,"R":false,
         "wt":"CONTRACT_PRICE","ot":"TRAILING_STOP_MARKET","ps":"LONG","cp":false,"AP":"7476.89","cr":"5.0","pP":false,
         "si":0,"ss":0,"rp":"0","V":"EXPIRE_TAKER","pm":"OPPONENT","gtd":0,"er":"0"}}
        """;

    /// <summary>A grid buy in the documented shape: LIMIT GTC 0.010 @ 60000, accepted.</summary>
    public static readonly string New = Limit("NEW", "NEW", l: "0", z: "0", L: "0", fee: """ "N":"USDT","n":"0", """, t: 0, maker: false, rp: "0", time: 1750000000100);

    /// <summary>0.004 filled as maker at 60000, fee 0.048 USDT.</summary>
    public static readonly string PartialTrade = Limit("TRADE", "PARTIALLY_FILLED", l: "0.004", z: "0.004", L: "60000",
        fee: """ "N":"USDT","n":"0.048", """, t: 990001, maker: true, rp: "0", time: 1750000000200);

    /// <summary>The remaining 0.006 as maker, fee paid in BNB, closing part of a short for 1.25 USDT realised.</summary>
    public static readonly string FilledTrade = Limit("TRADE", "FILLED", l: "0.006", z: "0.010", L: "60000",
        fee: """ "N":"BNB","n":"0.00012", """, t: 990002, maker: true, rp: "1.25", time: 1750000000300);

    /// <summary>A post-only (GTX) sell cancelled by the bot; no commission, so neither N nor n is pushed.</summary>
    public const string Canceled = """
        {"e":"ORDER_TRADE_UPDATE","E":1750000000401,"T":1750000000400,"o":{"s":"BTCUSDT","c":"g-7-s-0004","S":"SELL",
         "o":"LIMIT","f":"GTX","q":"0.010","p":"61000","ap":"0","sp":"0","x":"CANCELED","X":"CANCELED","i":4243,"l":"0",
         "z":"0","L":"0","T":1750000000400,"t":0,"b":"0","a":"0","m":false,"R":false,"wt":"CONTRACT_PRICE","ot":"LIMIT",
         "ps":"BOTH","cp":false,"rp":"0","pP":false,"si":0,"ss":0,"V":"EXPIRE_MAKER","pm":"NONE","gtd":0,"er":"0"}}
        """;

    /// <summary>A post-only sell that would have taken: expired by the venue (expiry reason 0 for GTX).</summary>
    public const string Expired = """
        {"e":"ORDER_TRADE_UPDATE","E":1750000000501,"T":1750000000500,"o":{"s":"BTCUSDT","c":"g-7-s-0005","S":"SELL",
         "o":"LIMIT","f":"GTX","q":"0.010","p":"59000","ap":"0","sp":"0","x":"EXPIRED","X":"EXPIRED","i":4244,"l":"0",
         "z":"0","L":"0","N":"USDT","n":"0","T":1750000000500,"t":0,"b":"0","a":"0","m":false,"R":false,
         "wt":"CONTRACT_PRICE","ot":"LIMIT","ps":"BOTH","cp":false,"rp":"0","pP":false,"si":0,"ss":0,"V":"EXPIRE_MAKER",
         "pm":"NONE","gtd":0,"er":"0"}}
        """;

    /// <summary>The documented expiry event (newer shape: E as a string, the key named).</summary>
    public const string ListenKeyExpired = """
        {"e":"listenKeyExpired","E":"1736996475556","listenKey":"WsCMN0a4KHUPTQuX6IUnqEZfB1inxmv1qR4kbf1LuEjur5VdbzqvyxqG9TSjVVxv"}
        """;

    public const string AccountUpdate = """
        {"e":"ACCOUNT_UPDATE","E":1750000000601,"T":1750000000600,"a":{"m":"ORDER","B":[{"a":"USDT","wb":"1000.5","cw":"1000.5","bc":"0"}],
         "P":[{"s":"BTCUSDT","pa":"0.010","ep":"60000","cr":"0","up":"0","mt":"cross","iw":"0","ps":"BOTH"}]}}
        """;

    /// <summary>The documented answer of POST /fapi/v1/listenKey.</summary>
    public const string ListenKeyAnswer = """{"listenKey":"pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1"}""";

    private static string Limit(string x, string status, string l, string z, string L, string fee, long t, bool maker, string rp, long time) =>
        $$$"""
        {"e":"ORDER_TRADE_UPDATE","E":{{{time + 1}}},"T":{{{time}}},"o":{"s":"BTCUSDT","c":"g-7-b-0003","S":"BUY","o":"LIMIT",
         "f":"GTC","q":"0.010","p":"60000","ap":"{{{(z == "0" ? "0" : "60000")}}}","sp":"0","x":"{{{x}}}","X":"{{{status}}}","i":4242,
         "l":"{{{l}}}","z":"{{{z}}}","L":"{{{L}}}",{{{fee}}}"T":{{{time}}},"t":{{{t}}},"b":"0","a":"0","m":{{{(maker ? "true" : "false")}}},
         "R":false,"wt":"CONTRACT_PRICE","ot":"LIMIT","ps":"BOTH","cp":false,"rp":"{{{rp}}}","pP":false,"si":0,"ss":0,
         "V":"EXPIRE_MAKER","pm":"NONE","gtd":0,"er":"0"}}
        """;
}
