using GridBot.Core.Errors;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Binance;

public static partial class BinanceParsers
{
    /// <summary>The <c>{"listenKey":"…"}</c> answer of <c>POST /fapi/v1/listenKey</c> (also what a keepalive may echo).</summary>
    public static Result<string> ParseListenKey(string json) =>
        Parse<string>(json, "listenKey", root =>
        {
            var key = String(root, "listenKey");
            return string.IsNullOrWhiteSpace(key) ? Fail("listenKey", "the key is empty") : key;
        });
}
