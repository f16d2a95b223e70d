using GridBot.Core.Market;
using GridBot.Core.Ports;

namespace GridBot.Storage.Tests.Sqlite;

internal static class SqliteFills
{
    public static readonly Symbol BtcUsdt = new("BTC", "USDT");

    public static ExchangeFill Make(string tradeId, long timeMs = 1_700_000_000_000, decimal price = 37_000.5m) => new(
        BtcUsdt,
        tradeId,
        ClientOrderId: "gb-bot1-g1-L3-B",
        ExchangeOrderId: "88112233",
        OrderSide.Buy,
        price,
        Quantity: 0.00123m,
        Fee: new CashAmount(0.0000009m, "BNB"),
        IsMaker: true,
        timeMs);
}
