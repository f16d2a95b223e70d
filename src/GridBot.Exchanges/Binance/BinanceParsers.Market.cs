using System.Text.Json;
using GridBot.Core.Errors;
using GridBot.Core.Market;
using GridBot.Core.Ports;
using static GridBot.Exchanges.Binance.BinanceJson;

namespace GridBot.Exchanges.Binance;

public static partial class BinanceParsers
{
    /// <summary>
    /// Klines (spot or futures) → bars, oldest first as Binance sends them: [openTime, open, high, low, close, volume,
    /// closeTime, …]. The last bar may still be open.
    /// </summary>
    public static Result<IReadOnlyList<Bar>> ParseKlines(string json) =>
        Parse<IReadOnlyList<Bar>>(json, "klines", root =>
        {
            var rows = Array(root, "klines");
            var bars = new Bar[rows.GetArrayLength()];
            var i = 0;
            foreach (var row in rows.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < 6)
                {
                    return Fail("klines", $"row {i} is not [openTime, open, high, low, close, volume, …]");
                }

                bars[i++] = new Bar(
                    Long(row[0], "openTime"),
                    DecimalValue(row[1], "open"),
                    DecimalValue(row[2], "high"),
                    DecimalValue(row[3], "low"),
                    DecimalValue(row[4], "close"),
                    DecimalValue(row[5], "volume"));
            }

            return bars;
        });

    /// <summary>
    /// bookTicker → <see cref="Ticker"/>. Last is <paramref name="lastPrice"/> (from ticker/price) or, without it, the mid.
    /// Time is the payload's <c>time</c> (futures) or <paramref name="nowMs"/> (spot sends none).
    /// </summary>
    public static Result<Ticker> ParseBookTicker(string json, Symbol symbol, long nowMs, decimal? lastPrice = null) =>
        Parse(json, "bookTicker", root =>
        {
            var mismatch = SymbolMismatch(root, symbol, "bookTicker");
            if (mismatch is not null)
            {
                return mismatch;
            }

            var bid = Decimal(root, "bidPrice");
            var ask = Decimal(root, "askPrice");
            return Result<Ticker>.Ok(new Ticker(symbol, bid, ask, lastPrice ?? (bid + ask) / 2m, OptionalLong(root, "time") ?? nowMs));
        });

    /// <summary>ticker/price <c>{"symbol":"BTCUSDT","price":"…"}</c> → the last price.</summary>
    public static Result<decimal> ParseLastPrice(string json) =>
        Parse(json, "ticker/price", root => Result<decimal>.Ok(Decimal(root, "price")));

    /// <summary><c>{"serverTime":1499827319559}</c> → UTC ms.</summary>
    public static Result<long> ParseServerTime(string json) =>
        Parse(json, "time", root => Result<long>.Ok(Long(Required(root, "serverTime"), "serverTime")));

    /// <summary>Futures leverage change <c>{"leverage":21,"maxNotionalValue":"1000000","symbol":"BTCUSDT"}</c> → the leverage now set.</summary>
    public static Result<int> ParseLeverage(string json) =>
        Parse(json, "leverage", root => Result<int>.Ok(checked((int)Long(Required(root, "leverage"), "leverage"))));

    /// <summary>Futures <c>positionSide/dual</c> <c>{"dualSidePosition":true}</c> → true in hedge mode, false in one-way mode.</summary>
    public static Result<bool> ParseHedgeMode(string json) =>
        Parse(json, "positionSide/dual", root => Result<bool>.Ok(Bool(Required(root, "dualSidePosition"), "dualSidePosition")));
}
